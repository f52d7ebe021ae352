/**
 * Which chapter the reader is in, as the page scrolls: the timeline marks it,
 * the kiosk follows it. Create one while a component initialises; it listens
 * for as long as that component lives.
 *
 * Scrolling must stay cheap on a slow phone, so nothing is measured while it
 * scrolls: the chapters' positions in the page are read once, and again only
 * when the page's size changes (fonts, a resize); each scroll frame is then
 * arithmetic on those numbers. Progress through a chapter moves in steps of
 * a fiftieth, so the timeline's cursor moves a few dozen times a chapter, not
 * at every frame (and then by one CSS property, see `TimelineAxis.svelte`).
 */
import { chapterSections } from './markup';
import { readingAt, readingLine, type Box } from './position';

/** Progress is reported in steps of this size. */
const PROGRESS_STEP = 1 / 50;

export class Reading {
	/** The slug (and section id) of the chapter being read; null above the first one. */
	slug = $state<string | null>(null);
	/** How far through that chapter the reader is, 0 to 1, in steps of PROGRESS_STEP. */
	progress = $state(0);
	/** False until the page has been measured once (always false while server rendering). */
	measured = $state(false);

	constructor() {
		$effect(() => {
			let sections: HTMLElement[] = [];
			/** The sections' tops and bottoms in page coordinates. */
			let boxes: Box[] = [];
			let documentHeight = 0;

			const layout = () => {
				sections = chapterSections();
				const y = window.scrollY;
				boxes = sections.map((section) => {
					const { top, bottom } = section.getBoundingClientRect();
					return { top: top + y, bottom: bottom + y };
				});
				documentHeight = document.documentElement.scrollHeight;
			};
			const measure = () => {
				const y = window.scrollY;
				const viewport = window.innerHeight;
				const { index, progress } = readingAt(
					boxes.map((box) => ({ top: box.top - y, bottom: box.bottom - y })),
					readingLine(viewport, documentHeight - y - viewport)
				);
				// Assigning the same value is a no-op for Svelte's state; reading it here
				// would make this effect depend on it and restart at every change.
				this.slug = sections[index]?.id ?? null;
				this.progress = Math.round(progress / PROGRESS_STEP) * PROGRESS_STEP;
				this.measured = true;
			};
			// Read as the scroll event arrives, once a frame at most (browsers send
			// it with the frame), before the frame's animations write to the page:
			// read later in the frame, the position would first have the browser
			// lay out what they changed (a forced layout, in this script's time).
			const relayout = () => {
				layout();
				measure();
			};
			layout();
			measure();
			window.addEventListener('scroll', measure, { passive: true });
			window.addEventListener('resize', relayout);
			// Fonts arriving or a window resized change where the chapters stand.
			const resize = new ResizeObserver(relayout);
			resize.observe(document.body);
			return () => {
				window.removeEventListener('scroll', measure);
				window.removeEventListener('resize', relayout);
				resize.disconnect();
			};
		});
	}
}
