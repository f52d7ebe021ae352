/**
 * What every scene declares about itself, in its folder's `scene.ts`: its
 * named states, in order, and how long the kiosk's attract loop lets each of
 * them be seen. Plain data, read by the build's story checks (a chapter's
 * `steps:` must name these states) as well as by the pages.
 */
export interface SceneDefinition<S extends string = string> {
	/**
	 * The scene's states, in the order the story shows them: at least three,
	 * the last one being the picture shown without JavaScript and in print.
	 * Names are short, lower-case, hyphenated, and say what the picture shows.
	 */
	states: readonly S[];
	/**
	 * Seconds the kiosk holds each step still once its state has settled, on
	 * top of the time to read the step's text: a picture that says more (a
	 * map, a chart) gets longer than a simple one.
	 */
	holdSeconds: number;
}

/** Checks the shape at the definition (fails while building, not while reading). */
export function defineScene<const S extends string>(
	definition: SceneDefinition<S>
): SceneDefinition<S> {
	if (definition.states.length < 3) {
		throw new Error(`a scene needs at least 3 states, got ${definition.states.join(', ')}`);
	}
	if (new Set(definition.states).size !== definition.states.length) {
		throw new Error(`a scene's states must differ: ${definition.states.join(', ')}`);
	}
	return definition;
}
