/**
 * The kiosk's state machine. Four states:
 *
 *   attract ──input──▶ visitor ──idle time──▶ warning ──countdown──▶ resetting ──done──▶ attract
 *                         ▲                      │
 *                         └────────input─────────┘
 *
 * `transition` is pure (a snapshot and an event in, a snapshot out) and
 * `KioskMachine` only adds the timer that sends `tick` when the next deadline
 * falls, through an injected clock: no DOM, so every transition is unit-tested
 * with fake timers, and the page decides what each state looks like.
 */

export type KioskState = 'attract' | 'visitor' | 'warning' | 'resetting';

export interface Timings {
	/** Milliseconds without input before the countdown appears. */
	idleMs: number;
	/** Milliseconds the countdown lasts. */
	countdownMs: number;
}

export interface Snapshot {
	state: KioskState;
	/** Attract only: the visitor held the loop with « Pause »; nothing moves. */
	paused: boolean;
	/** When the last input counted (ms, on the machine's clock). */
	lastInputAt: number;
	/** Warning only: when the countdown runs out. */
	warningEndsAt: number | null;
	/** Resetting only: where to go once the page is reset. */
	afterReset: 'attract' | 'visitor';
}

/**
 * `input` is a touch, click, key or wheel: it wakes the kiosk. `activity` is a
 * mouse moving: it proves someone is there, but a bumped mouse must not stop
 * the attract loop. `tick` tells the machine what time it is; deadlines expire
 * on ticks only. `restart` is « Recommencer ».
 */
export type KioskEvent =
	| { type: 'input'; at: number }
	| { type: 'activity'; at: number }
	| { type: 'tick'; at: number }
	| { type: 'pause'; at: number }
	| { type: 'resume'; at: number }
	| { type: 'restart'; at: number }
	| { type: 'reset-done'; at: number };

export type KioskEventType = KioskEvent['type'];

export function initialSnapshot(at: number): Snapshot {
	return {
		state: 'attract',
		paused: false,
		lastInputAt: at,
		warningEndsAt: null,
		afterReset: 'attract'
	};
}

/** Whether the story is moving by itself (what « Pause » stops). */
export function isMoving(snapshot: Snapshot): boolean {
	return snapshot.state === 'attract' && !snapshot.paused;
}

/** When the next deadline falls, or null when only an event can move the machine on. */
export function nextDeadline(snapshot: Snapshot, timings: Timings): number | null {
	switch (snapshot.state) {
		// A paused loop waits for its visitor like an explored page does: if they
		// left, the kiosk must not stay frozen until closing time.
		case 'attract':
			return snapshot.paused ? snapshot.lastInputAt + timings.idleMs : null;
		case 'visitor':
			return snapshot.lastInputAt + timings.idleMs;
		case 'warning':
			return snapshot.warningEndsAt;
		case 'resetting':
			return null;
	}
}

/** Whole seconds left on the countdown (rounded up, so it shows 1 until the very end). */
export function remainingSeconds(snapshot: Snapshot, now: number): number {
	if (snapshot.warningEndsAt === null) return 0;
	return Math.max(0, Math.ceil((snapshot.warningEndsAt - now) / 1000));
}

const toVisitor = (at: number): Snapshot => ({
	state: 'visitor',
	paused: false,
	lastInputAt: at,
	warningEndsAt: null,
	afterReset: 'attract'
});

const toResetting = (snapshot: Snapshot, afterReset: Snapshot['afterReset']): Snapshot => ({
	...snapshot,
	state: 'resetting',
	paused: false,
	warningEndsAt: null,
	afterReset
});

/** The machine's whole behaviour: returns the same snapshot when an event changes nothing. */
export function transition(snapshot: Snapshot, event: KioskEvent, timings: Timings): Snapshot {
	const { state } = snapshot;
	switch (event.type) {
		case 'input':
			if (state === 'resetting') {
				// The page is being cleared under a veil; the visitor who touched it
				// gets the top of the story to explore rather than the loop.
				return snapshot.afterReset === 'visitor'
					? snapshot
					: { ...snapshot, afterReset: 'visitor' };
			}
			return toVisitor(event.at);

		case 'activity':
			if (state === 'visitor' || (state === 'attract' && snapshot.paused)) {
				return { ...snapshot, lastInputAt: event.at };
			}
			return state === 'warning' ? toVisitor(event.at) : snapshot;

		case 'tick': {
			const deadline = nextDeadline(snapshot, timings);
			if (deadline === null || event.at < deadline) return snapshot;
			if (state === 'warning') return toResetting(snapshot, 'attract');
			return {
				...snapshot,
				state: 'warning',
				paused: false,
				warningEndsAt: event.at + timings.countdownMs
			};
		}

		case 'pause':
			return isMoving(snapshot) ? { ...snapshot, paused: true, lastInputAt: event.at } : snapshot;

		case 'resume':
			// The pressed « Pause » toggle in visitor mode hands the story back to the loop, from where the visitor is.
			if ((state === 'attract' && snapshot.paused) || state === 'visitor') {
				return { ...snapshot, state: 'attract', paused: false, lastInputAt: event.at };
			}
			return snapshot;

		case 'restart':
			// « Recommencer » is pressed by someone who is there: they get the top of the story.
			return state === 'resetting' ? snapshot : toResetting(snapshot, 'visitor');

		case 'reset-done':
			if (state !== 'resetting') return snapshot;
			return snapshot.afterReset === 'visitor' ? toVisitor(event.at) : initialSnapshot(event.at);
	}
}

/** What the machine needs from time: the real clock in the page, fake timers in tests. */
export interface MachineClock {
	now(): number;
	setTimeout(callback: () => void, ms: number): unknown;
	clearTimeout(handle: unknown): void;
}

/** A monotonic clock: a kiosk runs for days, and the wall clock may jump (NTP, daylight saving). */
export const browserClock: MachineClock = {
	now: () => performance.now(),
	setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
	clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>)
};

export type Listener = (snapshot: Snapshot, previous: Snapshot) => void;

/** Runs `transition` against a clock: one pending timer at most, for the next deadline. */
export class KioskMachine {
	#snapshot: Snapshot;
	#timer: unknown = null;
	#listeners = new Set<Listener>();
	#destroyed = false;
	readonly timings: Timings;
	readonly #clock: MachineClock;

	constructor(timings: Timings, clock: MachineClock = browserClock) {
		this.timings = timings;
		this.#clock = clock;
		this.#snapshot = initialSnapshot(clock.now());
	}

	get snapshot(): Snapshot {
		return this.#snapshot;
	}

	now(): number {
		return this.#clock.now();
	}

	send(type: KioskEventType): void {
		if (this.#destroyed) return;
		const previous = this.#snapshot;
		const next = transition(previous, { type, at: this.#clock.now() }, this.timings);
		if (next === previous) return;
		this.#snapshot = next;
		this.#schedule();
		for (const listener of this.#listeners) listener(next, previous);
	}

	/** Calls `listener` after every change; returns the function that stops it. */
	subscribe(listener: Listener): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	/** Starts the timers (the constructor does not, so a listener can subscribe first). */
	start(): void {
		this.#schedule();
	}

	destroy(): void {
		this.#destroyed = true;
		this.#clear();
		this.#listeners.clear();
	}

	/** Whether a deadline timer is pending (for the stamina checks). */
	get hasTimer(): boolean {
		return this.#timer !== null;
	}

	#clear(): void {
		if (this.#timer !== null) this.#clock.clearTimeout(this.#timer);
		this.#timer = null;
	}

	#schedule(): void {
		this.#clear();
		if (this.#destroyed) return;
		const deadline = nextDeadline(this.#snapshot, this.timings);
		if (deadline === null) return;
		const delay = Math.max(0, deadline - this.#clock.now());
		this.#timer = this.#clock.setTimeout(() => {
			this.#timer = null;
			this.send('tick');
			// A timer may fire a little early on some clocks: re-arm if nothing changed.
			if (this.#timer === null) this.#schedule();
		}, delay);
	}
}
