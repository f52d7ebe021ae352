/**
 * A picture may show only what its chapter says. Screen readers never see
 * the scenes (they are `aria-hidden`), so every figure a scene draws, in any
 * of its states, must be in its chapter's text (title, date or body) or in
 * the scene's own table of figures (`<scene>/data.ts`, shown under the
 * chapter). Checked for every chapter, in both languages.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatChapterDate } from '$lib/content/dates';
import { readStories } from '$lib/content/read-stories';
import { validateStories } from '$lib/content/validate';
import { SCENES } from './catalog';
import type { SceneData } from './shared/data-table';
import { drawScene, textsIn } from './shared/inspect';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const { chapters, bodies } = validateStories(readStories(ROOT).stories);
const tables = import.meta.glob<SceneData>('./*/data.ts', { eager: true, import: 'default' });

/**
 * The numbers in a text, as digits only: « 1 000 », « 1,000 » and « 1000 »
 * are one number, « 1,2 million » and "1.2 million" another; « 36ᵉ » is 36.
 */
export function numbersIn(text: string): string[] {
	const found = text.match(/\d{1,3}(?:[\s\u00a0\u202f,.]\d{3})+(?!\d)|\d+(?:[.,]\d+)?/g) ?? [];
	return found.map((number) => number.replace(/\D/g, ''));
}

const plain = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&[a-z]+;/g, ' ');

/** Small numbers as the chapters write them, in words (« neuf conseils », "three themes"). */
const WORDS: Record<string, string> = {
	un: '1',
	une: '1',
	deux: '2',
	trois: '3',
	quatre: '4',
	cinq: '5',
	six: '6',
	sept: '7',
	huit: '8',
	neuf: '9',
	dix: '10',
	onze: '11',
	douze: '12',
	quinze: '15',
	vingt: '20',
	one: '1',
	two: '2',
	three: '3',
	four: '4',
	five: '5',
	seven: '7',
	eight: '8',
	nine: '9',
	ten: '10',
	eleven: '11',
	twelve: '12',
	fifteen: '15',
	twenty: '20'
};

/** The numbers a text gives, in figures or in words. */
function numbersSaid(text: string): string[] {
	const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
	return [...numbersIn(text), ...words.flatMap((word) => (WORDS[word] ? [WORDS[word]] : []))];
}

/** Labels « 1 », « 2 », « 3 »… numbering the items of a list: a list's order, not a figure. */
function listMarkers(texts: string[]): Set<string> {
	const bare = texts.filter((text) => /^\d$/.test(text));
	const sequence = bare.every((text, i) => text === String(i + 1));
	return new Set(sequence ? bare : []);
}

describe('numbers, the way this check reads them', () => {
	it('reads small numbers written in words, in both languages', () => {
		expect(numbersSaid('les neuf conseils, three themes')).toEqual(['9', '3']);
	});

	it('takes 1, 2, 3 labelling a list for its order, not for figures', () => {
		expect([...listMarkers(['1', '2', '3', 'trois priorités'])]).toEqual(['1', '2', '3']);
		expect([...listMarkers(['7', 'agglomérations'])]).toEqual([]);
	});

	it('reads grouped thousands and decimals as one number, and years apart', () => {
		expect(numbersIn('plus de 1 000 participants')).toEqual(['1000']);
		expect(numbersIn('1\u202f212\u202f037 habitants, 1,2 million')).toEqual(['1212037', '12']);
		expect(numbersIn('more than 1,000 people, 1.2 million')).toEqual(['1000', '12']);
		expect(numbersIn('36ᵉ session, 1996 et 2000, 2000–2002')).toEqual([
			'36',
			'1996',
			'2000',
			'2000',
			'2002'
		]);
	});
});

describe.each(chapters.map((c) => [`${c.lang} ${c.number} ${c.scene}`, c] as const))(
	'chapter %s',
	(_, chapter) => {
		it('draws no figure its text or its table of figures does not give', () => {
			const table = tables[`./${chapter.scene}/data.ts`]?.(chapter.lang);
			const steps = bodies.get(chapter.file) ?? [];
			const said = new Set(
				numbersSaid(
					[
						chapter.title,
						formatChapterDate(chapter, chapter.lang),
						...steps.map((step) => plain(step.html)),
						...(table ? [table.caption, ...table.rows.flat(), ...(table.total ?? [])] : [])
					].join(' \n ')
				)
			);
			const scene = drawScene(chapter.scene, chapter.lang);
			const unsaid = SCENES[chapter.scene].states.flatMap((state) => {
				const texts = textsIn(scene, state);
				const markers = listMarkers(texts);
				return texts
					.filter((text) => !markers.has(text))
					.flatMap((text) =>
						numbersIn(text)
							.filter((number) => !said.has(number))
							.map((number) => `${state}: ${number} in « ${text} »`)
					);
			});
			expect(unsaid).toEqual([]);
		});
	}
);
