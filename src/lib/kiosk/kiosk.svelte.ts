/**
 * The running kiosk: wires the state machine to the page. It reads the
 * settings, drives the attract loop when the machine says the story moves,
 * resets the page when it says so, and owns every listener, timer and frame
 * it starts: `destroy()` removes them all. Created by `KioskShell` on mount.
 */
import { version } from '$app/environment';
import { liveScenes } from '$lib/scenes/engine/live';
import { motion } from '$lib/scenes/motion.svelte';
import { AttractTour, browserTourPage } from './autoscroll.svelte';
import { hideIdleCursor, lockPage, watchInput } from './dom';
import {
	initialSnapshot,
	isMoving,
	KioskMachine,
	remainingSeconds,
	type KioskEventType,
	type Snapshot
} from './machine';
import { applyWaitingUpdate, checkForUpdate, registerKioskWorker } from './offline';
import { FADE_MS, planTour } from './pace';
import { parseSettings, type ParsedSettings } from './settings';

export interface KioskChapter {
	/** The id of the chapter's section on the page. */
	slug: string;
	/** Words in each step of the chapter's text. */
	steps: number[];
	/** Seconds the chapter's scene wants each state held (its `holdSeconds`). */
	holdSeconds: number;
}

/** What `window.__kiosk` shows to tests and the benchmark. */
export interface KioskProbe {
	readonly state: Snapshot['state'];
	readonly paused: boolean;
	readonly moving: boolean;
	readonly loops: number;
	readonly stop: number;
	readonly version: string;
	readonly settings: ParsedSettings;
	readonly pendingFrames: number;
	readonly pendingTimers: number;
	/** Scenes following their steps on the page (`$lib/scenes/engine/live`). */
	readonly liveScenes: number;
	/** The chapter on screen: 0 for the opening. */
	readonly chapter: number;
	/** The step of that chapter on screen: -1 for its heading. */
	readonly step: number;
	/** Whether the page is holding still at its stop (not gliding to the next). */
	readonly holding: boolean;
	/** Time in the attract loop runs this many times faster; 1 on a real kiosk. */
	speed: number;
}

declare global {
	interface Window {
		__kiosk?: KioskProbe;
	}
}

/**
 * Mouse and wheel events come dozens of times a second; the idle time only
 * needs to know that someone was there this half-second.
 */
const INPUT_GRANULARITY_MS = 500;

export class KioskRuntime {
	snapshot = $state<Snapshot>(initialSnapshot(0));
	parsed = $state<ParsedSettings>(parseSettings(''));
	diagnosticOpen = $state(false);
	cursorHidden = $state(false);
	/** Seconds left on the countdown, refreshed while it runs. */
	remaining = $state(0);
	registration = $state<ServiceWorkerRegistration | null>(null);

	readonly machine: KioskMachine;
	readonly tour: AttractTour;
	#cleanups: (() => void)[] = [];
	#countdown: ReturnType<typeof setInterval> | null = null;
	#destroyed = false;

	constructor(chapters: readonly KioskChapter[], search: string) {
		this.parsed = parseSettings(search);
		const { idle, countdown, pace, diag } = this.parsed.settings;
		this.diagnosticOpen = diag;
		this.machine = new KioskMachine({ idleMs: idle * 1000, countdownMs: countdown * 1000 });
		this.snapshot = this.machine.snapshot;
		const tour = planTour(chapters, pace);
		this.tour = new AttractTour(
			tour,
			browserTourPage(
				tour.stops,
				chapters.map((c) => c.slug)
			),
			() => this.#onLoopEnd()
		);
	}

	/** Starts the kiosk: listeners, the loop, the service worker. */
	start(root: HTMLElement): void {
		const machine = this.machine;
		this.#cleanups.push(
			machine.subscribe((next, previous) => this.#onChange(next, previous)),
			watchInput(
				window,
				() => this.#onInput(),
				() => machine.send('activity')
			),
			lockPage(document),
			hideIdleCursor(root, (hidden) => (this.cursorHidden = hidden)),
			() => machine.destroy(),
			() => this.tour.destroy(),
			() => this.#stopCountdown()
		);
		this.#exposeProbe();
		machine.start();
		this.tour.play('opening');
		void registerKioskWorker().then((registration) => {
			if (!this.#destroyed) this.registration = registration;
		});
	}

	destroy(): void {
		this.#destroyed = true;
		for (const cleanup of this.#cleanups.splice(0)) cleanup();
	}

	send(type: KioskEventType): void {
		this.machine.send(type);
	}

	#onInput(): void {
		const { state, lastInputAt } = this.machine.snapshot;
		if (state === 'visitor' && this.machine.now() - lastInputAt < INPUT_GRANULARITY_MS) return;
		this.machine.send('input');
	}

	#onChange(next: Snapshot, previous: Snapshot): void {
		this.snapshot = next;
		if (next.state === 'resetting' && previous.state !== 'resetting') {
			void this.#reset();
		} else if (isMoving(next) && !isMoving(previous)) {
			this.tour.play(previous.state === 'resetting' ? 'veil' : 'here');
		} else if (!isMoving(next) && isMoving(previous)) {
			this.tour.halt();
		}
		if (previous.state === 'resetting' && next.state === 'visitor') {
			void this.tour.fadeVeil(0, FADE_MS);
		}
		if (next.state === 'warning' && previous.state !== 'warning') this.#startCountdown();
		if (next.state !== 'warning') this.#stopCountdown();
	}

	/**
	 * Forgets everything the visitor changed: open dialogs, scroll position,
	 * whatever the page kept in sessionStorage (the animation toggle), focus.
	 * Components holding such a choice in memory listen for `kiosk-reset`.
	 * Done under the paper veil; a waiting new version is taken here.
	 */
	async #reset(): Promise<void> {
		this.tour.halt();
		await this.tour.fadeVeil(1, FADE_MS);
		if (this.#destroyed) return;
		this.diagnosticOpen = false;
		try {
			sessionStorage.clear();
		} catch {
			// Storage can be disabled by policy; there is then nothing to forget.
		}
		motion.forget();
		window.dispatchEvent(new CustomEvent('kiosk-reset'));
		if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
		window.scrollTo({ top: 0, behavior: 'instant' });
		if (await applyWaitingUpdate(this.registration)) return;
		checkForUpdate(this.registration);
		if (!this.#destroyed) this.machine.send('reset-done');
	}

	/** At the end of each loop, under the full veil: take a waiting version, or look for one. */
	#onLoopEnd(): boolean {
		if (!this.registration?.waiting) {
			checkForUpdate(this.registration);
			return true;
		}
		void applyWaitingUpdate(this.registration).then((reloading) => {
			if (!reloading && !this.#destroyed && isMoving(this.machine.snapshot)) {
				this.tour.play('veil');
			}
		});
		return false;
	}

	#startCountdown(): void {
		this.#stopCountdown();
		const refresh = () => {
			this.remaining = remainingSeconds(this.machine.snapshot, this.machine.now());
		};
		refresh();
		this.#countdown = setInterval(refresh, 250);
	}

	#stopCountdown(): void {
		if (this.#countdown !== null) clearInterval(this.#countdown);
		this.#countdown = null;
	}

	#exposeProbe(): void {
		const { machine, tour } = this;
		const countdownRunning = () => this.#countdown !== null;
		const parsed = () => $state.snapshot(this.parsed);
		const probe: KioskProbe = {
			get state() {
				return machine.snapshot.state;
			},
			get paused() {
				return machine.snapshot.paused;
			},
			get moving() {
				return tour.running;
			},
			get loops() {
				return tour.loops;
			},
			get stop() {
				return tour.stop;
			},
			version,
			get settings() {
				return parsed();
			},
			get pendingFrames() {
				return tour.pendingFrames;
			},
			get pendingTimers() {
				return (machine.hasTimer ? 1 : 0) + (countdownRunning() ? 1 : 0);
			},
			get liveScenes() {
				return liveScenes.count;
			},
			get chapter() {
				return tour.chapter;
			},
			get step() {
				return tour.step;
			},
			get holding() {
				return tour.holding;
			},
			get speed() {
				return tour.speed;
			},
			set speed(value: number) {
				tour.speed = value > 0 && Number.isFinite(value) ? value : 1;
			}
		};
		window.__kiosk = probe;
		this.#cleanups.push(() => {
			if (window.__kiosk === probe) delete window.__kiosk;
		});
	}
}
