/**
 * A mark whose chapter is on the page: the timeline moves there itself
 * rather than loading the chapter's permalink. The heading is brought to the
 * top, the permalink put in the address bar, and the focus moved to the
 * heading, as a link to `#id` on the same page would.
 */
import { CHAPTER_SELECTOR, HEADING_SELECTOR } from '$lib/story/markup';

/**
 * Brings a chapter's heading to the top (below the sticky strip, through
 * `scroll-padding-top`). Only a short way is scrolled smoothly: a long
 * smooth scroll would wake every scene on its way for nothing. Whatever
 * happens, the position is checked once the scroll has ended.
 */
function scrollToHeading(heading: HTMLElement, instant: boolean): void {
	const distance = Math.abs(heading.getBoundingClientRect().top);
	const smooth = !instant && distance < innerHeight * 1.5;
	heading.scrollIntoView({ behavior: smooth ? 'smooth' : 'instant', block: 'start' });
	if (!smooth) return;
	const settle = () => {
		const top = heading.getBoundingClientRect().top;
		if (top < 0 || top > innerHeight / 3) {
			heading.scrollIntoView({ behavior: 'instant', block: 'start' });
		}
	};
	addEventListener('scrollend', settle, { once: true });
}

export interface JumpOptions {
	/** Reduced motion, or the in-page toggle off: no smooth scrolling. */
	instant: boolean;
	/** The kiosk: the address is left alone. */
	inPage: boolean;
}

/**
 * Handles a click on the mark of chapter `slug` (its link: `href`). A chapter
 * already on the page is scrolled to, not reloaded; any other is left to the
 * browser as a plain link, and so is a click that asks for a new tab or window.
 */
export function jumpToChapter(
	event: MouseEvent,
	slug: string,
	href: string,
	{ instant, inPage }: JumpOptions
): void {
	if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
		return;
	}
	const section = document.getElementById(slug);
	if (!section?.matches(CHAPTER_SELECTOR)) return;
	event.preventDefault();
	// As a same-page link would: reading, and the next Tab, go on from the chapter.
	const heading = section.querySelector<HTMLElement>(HEADING_SELECTOR) ?? section;
	scrollToHeading(heading, instant);
	if (!inPage && new URL(href, location.href).pathname !== location.pathname) {
		// The page is static: the address changes, nothing reloads (history.state left alone).
		history.pushState(history.state, '', href);
	}
	if (heading.tabIndex < 0) heading.setAttribute('tabindex', '-1');
	heading.focus({ preventScroll: true });
}
