import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { readStories } from '../src/lib/content/read-stories';
import { validateStories } from '../src/lib/content/validate';

const allChapters = validateStories(readStories(join(import.meta.dirname, '..')).stories).chapters;

/** The French chapters as the build sees them, read from stories/ (never typed in a test). */
export const chapters = allChapters.filter((c) => c.lang === 'fr');

/** The English chapters, the same way. */
export const englishChapters = allChapters.filter((c) => c.lang === 'en');

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
