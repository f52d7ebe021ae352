/**
 * For scene tests: a chapter's text as a reader reads it, so a test can find
 * a scene's words in it; and the site's typography and glossary, applied to a
 * scene's words.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { glossaryViolations } from '$lib/content/glossary';
import { typographyProblems } from '$lib/content/typography';

const stories = join(import.meta.dirname, '../../../../stories');

/**
 * The body of chapter `number` in `lang` as a reader reads it: without its
 * frontmatter, bold and italics, every run of white space (line breaks and
 * no-break spaces too) one plain space.
 */
export function chapterText(lang: 'fr' | 'en', number: number): string {
	const prefix = `${String(number).padStart(2, '0')}-`;
	const file = readdirSync(join(stories, lang)).find((name) => name.startsWith(prefix));
	if (!file) throw new Error(`no chapter ${prefix} in stories/${lang}`);
	const text = readFileSync(join(stories, lang, file), 'utf8');
	return text
		.replace(/^---[\s\S]*?---/, '')
		.replace(/[*_]/g, '')
		.replace(/\s+/g, ' ');
}

/**
 * What is wrong with a scene's words: the site's typography (French spaces
 * before « : ; ! ? », curly apostrophes, ordinals) and, in English, the
 * editors' glossary. Empty when all is well.
 */
export function wordingProblems(texts: readonly string[], lang: 'fr' | 'en'): string[] {
	return texts.flatMap((text) => [
		...typographyProblems(text, lang),
		...(lang === 'en' ? glossaryViolations(text) : [])
	]);
}

/** Every string in a labels object (its values, not its keys), nested ones too. */
export function stringsOf(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(stringsOf);
	if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
	return [];
}
