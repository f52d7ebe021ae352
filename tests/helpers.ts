import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parseBody } from '../src/lib/content/body';
import { readStories } from '../src/lib/content/read-stories';
import { validateStories } from '../src/lib/content/validate';

const stories = readStories(join(import.meta.dirname, '..')).stories;
const allChapters = validateStories(stories).chapters;

/** The French chapters as the build sees them, read from stories/ (never typed in a test). */
export const chapters = allChapters.filter((c) => c.lang === 'fr');

/** The English chapters, the same way. */
export const englishChapters = allChapters.filter((c) => c.lang === 'en');

/**
 * A chapter's first paragraph as a reader sees it: its story file's first
 * block, rendered by the build's own parser, tags dropped and entities read.
 */
export function firstParagraph(file: string): string {
	const story = stories.find((s) => s.file === file);
	if (story?.body === undefined) throw new Error(`${file}: no such story`);
	const html = parseBody(story.body, { file }).blocks[0].html;
	return html
		.replace(/<[^>]+>/g, '')
		.replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)))
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ')
		.trim();
}

export const SUBPATH_ORIGIN = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173) + 1}`;

/** Collects console errors and failed requests of a page, to assert there were none. */
export function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
	page.on('requestfailed', (request) => {
		// Leaving a page cancels what it was still fetching (a scene's code): not a failure.
		if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
		errors.push(`request failed: ${request.url()}`);
	});
	return errors;
}

/**
 * Every host a page and its context ask anything of (a service worker's
 * requests are the context's), to prove the site never calls another host.
 */
export function watchHosts(page: Page): Set<string> {
	const hosts = new Set<string>();
	page.context().on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol.startsWith('http')) hosts.add(url.host);
	});
	return hosts;
}

/**
 * Collects every Content Security Policy violation of a page: the
 * `securitypolicyviolation` events of every frame and worker's document, and
 * the console messages browsers write about the policy (Permissions-Policy
 * warnings too), to assert there were none. Call before `page.goto`.
 */
export async function watchCsp(page: Page): Promise<string[]> {
	const violations: string[] = [];
	await page.exposeBinding('__cspViolation', (_source, text: string) => violations.push(text));
	await page.addInitScript(() => {
		const report = (window as unknown as { __cspViolation: (text: string) => void }).__cspViolation;
		addEventListener('securitypolicyviolation', (event) =>
			report(
				`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} in ${event.sourceFile || location.pathname}:${event.lineNumber}`
			)
		);
	});
	page.on('console', (message) => {
		if (/Content Security Policy|Permissions-Policy|Permissions Policy/i.test(message.text())) {
			violations.push(`console ${message.type()}: ${message.text()}`);
		}
	});
	return violations;
}

/**
 * What the clipboard holds, read the way a person would: pasted into a field.
 * The pages' Permissions-Policy forbids `clipboard-read` (the site never reads
 * it), so `navigator.clipboard.readText()` is refused there. Focus is given
 * back to the element that had it.
 */
export async function readClipboard(page: Page): Promise<string> {
	await page.evaluate(() => {
		const field = document.createElement('textarea');
		field.id = '__paste';
		// Focus goes back where it was once the field is read and removed.
		(field as unknown as { before: Element | null }).before = document.activeElement;
		document.body.append(field);
		field.focus();
	});
	await page.keyboard.press('ControlOrMeta+V');
	const field = page.locator('#__paste');
	const text = await field.inputValue();
	await field.evaluate((element) => {
		const before = (element as unknown as { before: Element | null }).before;
		element.remove();
		if (before instanceof HTMLElement) before.focus();
	});
	return text;
}

/** What a focus ring looks like where it is drawn: its colour, what is around it, and their contrast. */
export interface FocusRing {
	/** The focused element, for messages (`button.motion « Animations »`). */
	element: string;
	/** The outline's colour, as computed (`rgb(138, 180, 255)`), or `none`. */
	ring: string;
	/** The colour just outside the ring, as painted there (the first opaque background under that point). */
	around: string;
	/** Their contrast ratio (WCAG 2.4.13 and 1.4.11 ask 3:1); 0 when there is no ring. */
	ratio: number;
}

/**
 * The focus ring of the focused element, read from computed styles: the
 * outline of the element itself or, when it draws none, of the part that
 * carries it (the timeline's dot). What is around the ring is found the way
 * it is painted: the element under a point just outside the ring on each
 * side (`elementsFromPoint`, so an element laid over another, like the skip
 * link over the banner, is judged against the banner), then the first
 * opaque background up from it. The lowest ratio of the four sides counts.
 */
export async function focusRing(page: Page): Promise<FocusRing | null> {
	return page.evaluate(() => {
		type Rgba = [number, number, number, number];
		const parse = (css: string): Rgba => {
			const parts = css.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0];
			return [parts[0], parts[1], parts[2], css.startsWith('rgba') ? parts[3] : 1];
		};
		const show = ([r, g, b]: Rgba) => `rgb(${r}, ${g}, ${b})`;
		const luminance = ([r, g, b]: Rgba) => {
			const channel = (v: number) => {
				const c = v / 255;
				return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
			};
			return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
		};
		const contrast = (a: Rgba, b: Rgba) => {
			const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
			return (hi + 0.05) / (lo + 0.05);
		};
		/** The background painted at an element: its own, blended over its ancestors' until one is opaque. */
		const backgroundAt = (element: Element | null): Rgba => {
			const layers: Rgba[] = [];
			for (let at = element; at; at = at.parentElement) {
				const colour = parse(getComputedStyle(at).backgroundColor);
				if (colour[3] > 0) layers.push(colour);
				if (colour[3] >= 1) break;
			}
			let painted: Rgba = [255, 255, 255, 1];
			for (const [r, g, b, a] of layers.reverse()) {
				painted = [
					Math.round(r * a + painted[0] * (1 - a)),
					Math.round(g * a + painted[1] * (1 - a)),
					Math.round(b * a + painted[2] * (1 - a)),
					1
				];
			}
			return painted;
		};

		const focused = document.activeElement;
		if (!focused || focused === document.body) return null;
		const text = (focused.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
		const element = `${focused.tagName.toLowerCase()}.${[...focused.classList][0] ?? ''} « ${text} »`;
		const draws = (el: Element) => {
			const style = getComputedStyle(el);
			return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
		};
		const carrier = draws(focused) ? focused : [...focused.querySelectorAll('*')].find(draws);
		if (!carrier) return { element, ring: 'none', around: '', ratio: 0 };
		const style = getComputedStyle(carrier);
		const ring = parse(style.outlineColor);
		const out = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth) + 1;
		const box = carrier.getBoundingClientRect();
		const [cx, cy] = [box.left + box.width / 2, box.top + box.height / 2];
		const sides = [
			[box.left - out, cy],
			[box.right + out, cy],
			[cx, box.top - out],
			[cx, box.bottom + out]
		].filter(([x, y]) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight);
		if (sides.length === 0) return { element, ring: show(ring), around: 'off screen', ratio: 0 };
		let worst = { around: ring, ratio: Infinity };
		for (const [x, y] of sides) {
			// A ring drawn inside the element (negative offset) has the element's own background around it.
			const under =
				out <= 0
					? carrier
					: document.elementsFromPoint(x, y).find((el) => el !== carrier && !carrier.contains(el));
			const around = backgroundAt(under ?? document.documentElement);
			const ratio = contrast(ring, around);
			if (ratio < worst.ratio) worst = { around, ratio };
		}
		return {
			element,
			ring: show(ring),
			around: show(worst.around),
			ratio: Math.round(worst.ratio * 100) / 100
		};
	});
}

/**
 * Waits until every island the page wakes at once (`data-when="now"`) is
 * live, and every scene within a screen of the viewport (where scenes wake,
 * `data-when="near"`) has drawn its picture: each by the sign its component
 * shows only once it runs (the share and embed panels' buttons, the motion
 * toggle's `motion--ready`, the timeline's one tab stop, the scene's `<svg>`).
 * Islands hydrate one per task after the page has loaded, so the network can
 * fall quiet before the last one has run: tests wait on this, not on
 * `networkidle`. A page without islands passes at once.
 */
export async function islandsLive(page: Page) {
	await page.waitForFunction(
		() => {
			const signs: Record<string, string> = {
				share: 'button',
				embed: 'button',
				motion: 'button.motion--ready',
				timeline: 'a[tabindex="0"]',
				scene: 'figure.scene svg'
			};
			const due = (island: HTMLElement) => {
				if (island.dataset.when !== 'near') return true;
				const box = island.firstElementChild?.getBoundingClientRect();
				return !!box && box.bottom > 1 - innerHeight && box.top < 2 * innerHeight - 1;
			};
			return [...document.querySelectorAll<HTMLElement>('svelte-island')].every((island) => {
				const sign = signs[island.dataset.island ?? ''];
				return sign === undefined || !due(island) || island.querySelector(sign) !== null;
			});
		},
		undefined,
		{ timeout: 15_000 }
	);
}
