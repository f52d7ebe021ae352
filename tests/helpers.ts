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

/** Every request's host, to prove the site never calls another host. */
export function watchHosts(page: Page): Set<string> {
	const hosts = new Set<string>();
	page.on('request', (request) => {
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
