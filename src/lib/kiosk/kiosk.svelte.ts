/**
 * The running kiosk: wires the state machine to the page. It reads the
 * settings, drives the attract loop when the machine says the story moves,
 * resets the page when it says so, switches language, and owns every
 * listener, timer and frame it starts: `destroy()` removes them all. Created
 * by `KioskShell` on mount.
 *
 * Each language's kiosk is a page of its own (see `./language.ts`): the
 * language button, and the idle reset or the end of a loop when the museum's
 * language (`lang`) is not the one on screen, leave this page for the other,
 * under the paper veil, never for anything but a kiosk page.
 */
import { version } from '$app/environment';
import { useCachedFonts } from '$lib/fonts/fonts';
import type { Lang } from '$lib/i18n/lang';
import { paths, sitePath } from '$lib/paths';
import { liveScenes } from '$lib/scenes/engine/live';
import { motion } from '$lib/scenes/motion.svelte';
import { chapterSections } from '$lib/story/markup';
import { readingAt, readingLine } from '$lib/story/position';
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
import { ARRIVING_ATTRIBUTE, leaveArrival, otherLang, takeArrival, type Arrival } from './language';
import {
	canOpen,
	checkForUpdate,
	registerKioskWorkers,
	takeWaitingUpdate,
	type KioskWorkers
} from './offline';
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
	/** The language on screen (this page's). */
	readonly lang: Lang;
	/** The museum's language, which the reset and the end of a loop come back to. */
	readonly home: Lang;
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
	/** The page is on its way to another (the other language's kiosk, or a reset's reload). */
	readonly leaving: boolean;
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

/** The veil's fades around a change of language: quick, it answers a touch. */
export const SWITCH_FADE_MS = 250;

/** The tab's sessionStorage, or nothing where a policy refuses it. */
function tabStorage(): Storage | undefined {
	try {
		return sessionStorage;
	} catch {
		return undefined;
	}
}

/**
 * The chapter being read, by the site's own rule (`$lib/story/position`): its
 * number, or 0 above the first chapter. What a visitor switching language
 * goes on from.
 */
function chapterOnScreen(): number {
	const sections = chapterSections();
	const viewport = window.innerHeight;
	const left = document.documentElement.scrollHeight - window.scrollY - viewport;
	const { index } = readingAt(
		sections.map((section) => section.getBoundingClientRect()),
		readingLine(viewport, left)
	);
	return index < 0 ? 0 : Number(sections[index].dataset.chapter) || index + 1;
}

export class KioskRuntime {
	snapshot = $state<Snapshot>(initialSnapshot(0));
	parsed = $state<ParsedSettings>(parseSettings(''));
	diagnosticOpen = $state(false);
	cursorHidden = $state(false);
	/** Seconds left on the countdown, refreshed while it runs. */
	remaining = $state(0);
	workers = $state<KioskWorkers | null>(null);

	readonly machine: KioskMachine;
	readonly tour: AttractTour;
	/** The language on screen: this page's. */
	readonly lang: Lang;
	/** The museum's language (the `lang` setting). */
	readonly home: Lang;
	#search: string;
	#cleanups: (() => void)[] = [];
	#countdown: ReturnType<typeof setInterval> | null = null;
	#destroyed = false;
	/** Set once this page is on its way to another kiosk page: nothing more starts here. */
	#leaving = false;

	constructor(chapters: readonly KioskChapter[], search: string, lang: Lang) {
		this.lang = lang;
		this.#search = search;
		this.parsed = parseSettings(search);
		this.home = this.parsed.settings.lang;
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

	/**
	 * Starts the kiosk: listeners, the loop, the service worker. A kiosk page
	 * opened afresh (not from the other language's) in a language other than
	 * the museum's goes to the museum's at once: the kiosk starts in it.
	 */
	start(root: HTMLElement): void {
		const arrival = takeArrival(tabStorage());
		if (!arrival && this.lang !== this.home) {
			this.#leave(this.home, null);
			return;
		}
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
		if (arrival) {
			void this.#arrive(arrival);
		} else {
			this.tour.play('opening');
		}
		void registerKioskWorkers(this.lang, (workers) => {
			if (!this.#destroyed) this.workers = workers;
		});
	}

	/**
	 * The language button: the same story in the other language, from the
	 * chapter on screen, with the kiosk in `visitor` state. Nothing happens
	 * when the other page cannot be opened (no network and no cache yet).
	 */
	async switchLanguage(): Promise<void> {
		// Under the veil of a reset, the screen is about to start afresh anyway.
		if (this.#leaving || this.#destroyed || this.snapshot.state === 'resetting') return;
		const lang = otherLang(this.lang);
		if (!(await canOpen(this.#address(lang)))) return;
		if (this.#leaving || this.#destroyed) return;
		const chapter = chapterOnScreen();
		this.#leaving = true;
		this.tour.halt();
		await this.tour.fadeVeil(1, SWITCH_FADE_MS);
		this.#leave(lang, { visitor: true, chapter, loops: this.tour.loops });
	}

	/** Where this kiosk's page in `lang` is: the same settings, as typed. */
	#address(lang: Lang): string {
		return `${sitePath(paths.kiosk(lang))}${this.#search}`;
	}

	/** Goes to the kiosk page in `lang`, leaving it word of where to start. */
	#leave(lang: Lang, arrival: Arrival | null): void {
		this.#leaving = true;
		this.tour.halt();
		if (arrival) leaveArrival(tabStorage(), arrival);
		// replace: the kiosk's history stays one page long, with nothing to go back to.
		location.replace(this.#address(lang));
	}

	/**
	 * Coming from the other kiosk page, which left under the paper veil: the
	 * page starts veiled (see `arrivingScriptTag`), shows the visitor's chapter,
	 * or plays its loop from the top, and lifts the veil.
	 */
	async #arrive(arrival: Arrival): Promise<void> {
		this.tour.loops = arrival.loops;
		const unveil = () => document.documentElement.removeAttribute(ARRIVING_ATTRIBUTE);
		if (!arrival.visitor) {
			// The loop's own fade in from paper, at the top.
			this.tour.play('veil');
			unveil();
			return;
		}
		this.machine.send('input');
		this.tour.veil = 1;
		unveil();
		// Headings move while the fonts arrive: place the chapter once they are here.
		await Promise.race([document.fonts.ready, new Promise((r) => setTimeout(r, 1000))]);
		if (this.#destroyed || this.#leaving) return;
		this.tour.showChapter(arrival.chapter);
		await this.tour.fadeVeil(0, SWITCH_FADE_MS);
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
		if (this.#leaving) return;
		if (next.state === 'resetting' && previous.state !== 'resetting') {
			// The countdown ran out (the next loop follows): back to the museum's
			// language. « Recommencer » (a visitor follows): the visitor's language.
			void this.#reset(next.afterReset === 'attract' ? this.home : this.lang);
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
	 * whatever the page kept in sessionStorage (the animation toggle), focus,
	 * and the language, for `lang`. Components holding such a choice in memory
	 * listen for `kiosk-reset`. Done under the paper veil; a waiting new
	 * version is taken here. When the language or the version changes, the
	 * page is left for the right one, which starts under the veil at the top.
	 */
	async #reset(lang: Lang): Promise<void> {
		this.tour.halt();
		await this.tour.fadeVeil(1, FADE_MS);
		if (this.#destroyed || this.#leaving) return;
		this.diagnosticOpen = false;
		try {
			sessionStorage.clear();
		} catch {
			// Storage can be disabled by policy; there is then nothing to forget.
		}
		motion.forget();
		useCachedFonts();
		window.dispatchEvent(new CustomEvent('kiosk-reset'));
		if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
		window.scrollTo({ top: 0, behavior: 'instant' });
		const updated = await takeWaitingUpdate(this.workers);
		if (this.#destroyed || this.#leaving) return;
		if (updated || lang !== this.lang) {
			const visitor = this.machine.snapshot.afterReset === 'visitor';
			this.#leave(lang, { visitor, chapter: 0, loops: this.tour.loops });
			return;
		}
		checkForUpdate(this.workers);
		this.machine.send('reset-done');
	}

	/**
	 * At the end of each loop, under the full veil: back to the museum's
	 * language if a visitor left the loop playing in another; take a waiting
	 * version, or look for one. False when the page is about to be left.
	 */
	#onLoopEnd(): boolean {
		useCachedFonts();
		const away = this.lang !== this.home;
		const waiting = this.workers?.all.some((registration) => registration.waiting) ?? false;
		if (!away && !waiting) {
			checkForUpdate(this.workers);
			return true;
		}
		void takeWaitingUpdate(this.workers).then((updated) => {
			if (this.#destroyed || this.#leaving) return;
			if (away || updated) {
				try {
					tabStorage()?.clear();
				} catch {
					// Nothing could be kept then either.
				}
				const loops = this.tour.loops;
				this.#leave(this.home, { visitor: false, chapter: 0, loops });
			} else if (isMoving(this.machine.snapshot)) {
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
		const leaving = () => this.#leaving;
		const parsed = () => $state.snapshot(this.parsed);
		const { lang, home } = this;
		const probe: KioskProbe = {
			lang,
			home,
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
			get leaving() {
				return leaving();
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
