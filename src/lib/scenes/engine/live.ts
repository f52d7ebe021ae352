/**
 * The scenes following their steps on the page right now. The kiosk's
 * diagnostic panel shows how many, and its stamina benchmark checks that the
 * number stays flat over hundreds of loops (nothing left behind).
 */
class LiveScenes {
	#stages = new Set<Element>();

	/** Registers a stage; the returned function unregisters it. */
	add(stage: Element): () => void {
		this.#stages.add(stage);
		return () => this.#stages.delete(stage);
	}

	get count(): number {
		return this.#stages.size;
	}
}

export const liveScenes = new LiveScenes();
