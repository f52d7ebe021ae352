/**
 * For scene tests: a chapter's text as a reader reads it, so a test can
 * check that every number or date a scene draws is one its chapter states.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const stories = join(import.meta.dirname, '../../../../../stories');

/** The body of chapter `number` in `lang`, its spaces made plain. */
export function chapterText(lang: 'fr' | 'en', number: number): string {
	const prefix = `${String(number).padStart(2, '0')}-`;
	const file = readdirSync(join(stories, lang)).find((name) => name.startsWith(prefix));
	if (!file) throw new Error(`no chapter ${prefix} in stories/${lang}`);
	const text = readFileSync(join(stories, lang, file), 'utf8');
	return text
		.replace(/^---[\s\S]*?---/, '')
		.replace(/\*\*/g, '')
		.replace(/[\u00a0\u202f]/g, ' ');
}

/** The figures in a label (numbers and years), its spaces made plain: « 1 000 », « 2012 ». */
export function figuresIn(label: string): string[] {
	return (label.replace(/[\u00a0\u202f]/g, ' ').match(/\d+(?:[ ,.]\d{3})*(?:[.,]\d+)?/g) ?? []).map(
		(figure) => figure
	);
}
