// The benchmark's yardstick: the same story as a bare static page (the
// chapters' titles and text in plain HTML, no JavaScript, no web fonts, no
// pictures), built from stories/ into a folder of its own and served beside
// the site in the same run, so our figures can be given as ratios to it.
//
// Usage (from another script): `buildReference('build-reference', 'fr')`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { readChapters } from './stories.mjs';

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n/;
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Writes `<dir>/index.html` (the whole story) and one page a chapter; returns their paths. */
export function buildReference(dir, lang = 'fr') {
	const md = new MarkdownIt('commonmark');
	const chapters = readChapters().filter((c) => c.lang === lang);
	const page = (title, sections) =>
		`<!doctype html><html lang="${lang}"><head><meta charset="utf-8">` +
		`<meta name="viewport" content="width=device-width, initial-scale=1">` +
		`<title>${escape(title)}</title><meta name="description" content="${escape(title)}">` +
		`</head><body><main>${sections}</main></body></html>`;
	const section = (chapter, level) => {
		const text = readFileSync(
			join('stories', lang, `${String(chapter.number).padStart(2, '0')}-${chapter.slug}.md`),
			'utf8'
		);
		return `<section><h${level}>${escape(chapter.title)}</h${level}>${md.render(text.replace(FRONTMATTER, ''))}</section>`;
	};
	mkdirSync(join(dir, 'chapitres'), { recursive: true });
	writeFileSync(
		join(dir, 'index.html'),
		page('L’après-mines', `<h1>L’après-mines</h1>${chapters.map((c) => section(c, 2)).join('')}`)
	);
	writeFileSync(join(dir, '404.html'), page('404', '<h1>404</h1>'));
	// A permalink holds its chapter, then the rest of the story, as the site's does.
	chapters.forEach((chapter, i) => {
		mkdirSync(join(dir, 'chapitres', chapter.slug), { recursive: true });
		const rest = chapters.slice(i + 1).map((c) => section(c, 2));
		writeFileSync(
			join(dir, 'chapitres', chapter.slug, 'index.html'),
			page(chapter.title, section(chapter, 1) + rest.join(''))
		);
	});
	return { home: '/', chapter: (slug) => `/chapitres/${slug}/` };
}
