/**
 * Typography of the built site, read from the files alone (no browser page):
 * every `build/**\/*.html` is stripped of tags, scripts and styles, and its
 * visible text (with `alt`, `aria-label` and the meta descriptions) is checked
 * by `src/lib/content/typography.ts`: no « 1er » or « 36e » ordinals, no
 * straight apostrophes or quotes, and on French pages (`<html lang="fr">`, and
 * any element that says `lang="fr"`) a no-break space before « : ; ! ? » and
 * inside « ». Run `npm run build` first.
 *
 * The scenes' drawings (`build/scenes/<lang>/*.svg`) are checked the same
 * way, each in the language of its folder.
 *
 * It reads files only, so it gives the same answer on every screen: the
 * config runs it once (its ONCE files).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { typographyProblems, visibleText } from '../src/lib/content/typography';

const BUILD = join(import.meta.dirname, '..', 'build');

/** Line breaks and runs of ordinary spaces as one space; no-break spaces are kept, they are what is checked. */
const normalise = (text: string) => text.replace(/[ \t\r\n]+/g, ' ').trim();

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return htmlFiles(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

test.describe.configure({ mode: 'parallel' });

test('the build exists and has both editions', () => {
	expect(existsSync(BUILD), 'run `npm run build` before this test').toBe(true);
	const pages = htmlFiles(BUILD).map((file) => relative(BUILD, file));
	expect(pages).toContain('index.html');
	expect(pages).toContain(join('en', 'index.html'));
	expect(pages).toContain(join('presse', 'index.html'));
});

for (const file of existsSync(BUILD) ? htmlFiles(BUILD).sort() : []) {
	const page = relative(BUILD, file);
	test(`typography of ${page}`, () => {
		const html = readFileSync(file, 'utf8');
		const lang = /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1];
		expect(lang, `${page} has no <html lang>`).toMatch(/^(fr|en)$/);
		const problems = visibleText(html).flatMap((run) =>
			typographyProblems(run.text, run.lang || lang!).map((problem) => `${run.lang}: ${problem}`)
		);
		expect(problems, `${page}: ${problems.length} typography problem(s)`).toEqual([]);
	});
}

const SCENES = join(BUILD, 'scenes');
for (const lang of existsSync(SCENES) ? readdirSync(SCENES).sort() : []) {
	test(`typography of the ${lang} scenes’ labels`, () => {
		const files = readdirSync(join(SCENES, lang)).filter((name) => name.endsWith('.svg'));
		expect(files.length).toBeGreaterThan(0);
		const problems = files.flatMap((name) => {
			const svg = readFileSync(join(SCENES, lang, name), 'utf8');
			return visibleText(svg).flatMap((run) =>
				typographyProblems(normalise(run.text), run.lang || lang).map(
					(problem) => `${name}: ${problem}`
				)
			);
		});
		expect(problems, `${problems.length} typography problem(s)`).toEqual([]);
	});
}
