/**
 * Which chapter the reader is in, as the page scrolls: the timeline marks it,
 * the kiosk follows it. Create one while a component initialises; it listens
 * for as long as that component lives.
 */
import { chapterSections } from './markup';
import { readingAt, readingLine } from './position';

export class Reading {
	/** The slug (and section id) of the chapter being read; null above the first one. */
	slug = $state<string | null>(null);
	/** How far through that chapter the reader is, 0 to 1. */
	progress = $state(0);
	/** False until the page has been measured once (always false while server rendering). */
	measured = $state(false);

	constructor() {
		$effect(() => {
			let frame = 0;
			const measure = () => {
				frame = 0;
				// Queried afresh each time: navigating swaps the sections without a reload.
				const sections = chapterSections();
				const viewport = window.innerHeight;
				const left = document.documentElement.scrollHeight - window.scrollY - viewport;
				const { index, progress } = readingAt(
					sections.map((section) => section.getBoundingClientRect()),
					readingLine(viewport, left)
				);
				this.slug = sections[index]?.id ?? null;
				this.progress = progress;
				this.measured = true;
			};
			// One measurement per frame, however many scroll events arrive in it.
			const schedule = () => {
				if (!frame) frame = requestAnimationFrame(measure);
			};
			measure();
			window.addEventListener('scroll', schedule, { passive: true });
			window.addEventListener('resize', schedule);
			// A new page, a scene growing or fonts arriving all change the body's height.
			const resize = new ResizeObserver(schedule);
			resize.observe(document.body);
			return () => {
				cancelAnimationFrame(frame);
				window.removeEventListener('scroll', schedule);
				window.removeEventListener('resize', schedule);
				resize.disconnect();
			};
		});
	}
}
