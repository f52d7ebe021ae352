import { describe, expect, it } from 'vitest';
import { glossaryViolations } from '$lib/content/glossary';
import { decodeEntities, typographyProblems } from '$lib/content/typography';
import { SCENES } from '../catalog';
import { countIn, drawScene, textsIn } from '../shared/inspect';
import { audience, bubbles } from './geometry';

describe('the white-paper scene (February 1998)', () => {
	const fr = drawScene('white-paper', 'fr');
	const en = drawScene('white-paper', 'en');

	it('gathers the workshops’ words into one booklet, the white paper of February 1998', () => {
		expect(textsIn(fr, 'words')).toEqual(
			expect.arrayContaining(['LIVRE BLANC', 'les ateliers', 'février 1998 : le livre blanc'])
		);
		expect(textsIn(en, 'words')).toEqual(
			expect.arrayContaining(['WHITE PAPER', 'the workshops', 'February 1998: the white paper'])
		);
		expect(countIn(fr, 'words', '.wp__bubbles path')).toBe(bubbles.length);
		expect(countIn(fr, 'words', '.wp__flow path')).toBe(bubbles.length);
		expect(countIn(fr, 'words', '.wp__title text')).toBe(0);
	});

	it('says the Mission now calls it Acte I, on a tag, never as the booklet’s own title', () => {
		expect(textsIn(fr, 'words')).toContain('appelé aujourd’hui « Acte I »');
		expect(textsIn(en, 'words')).toContain('now called Act I');
		for (const state of ['words', 'title', 'audience']) {
			expect(textsIn(fr, state).filter((text) => /Acte I/.test(text))).toHaveLength(1);
		}
		// An illustration, not a cover: no « redrawn » cover, no year printed on it.
		expect(fr.markup).not.toMatch(/redessin|redrawn|1998<\/text>/);
	});

	it('writes its title, in French in both editions, and what its two words say', () => {
		const title = ['Une ambition', 'partagée pour', 'l’après-charbon'];
		expect(textsIn(fr, 'title')).toEqual(expect.arrayContaining(title));
		expect(textsIn(en, 'title')).toEqual(expect.arrayContaining(title));
		expect(fr.markup).toMatch(/<g class="wp__title[^"]*" lang="fr"/);
		expect(textsIn(fr, 'title')).toEqual(
			expect.arrayContaining([
				'ambition :',
				'regard vers l’avenir',
				'partagée :',
				'une concertation ouverte'
			])
		);
		expect(textsIn(en, 'title')).toEqual(
			expect.arrayContaining([
				'ambition:',
				'looking to the future',
				'partagée (shared):',
				'an open consultation'
			])
		);
		expect(countIn(fr, 'title', '.wp__bubbles path')).toBe(0);
	});

	it('presents it to a wide audience with a secretary of state and a minister, never « two ministers »', () => {
		expect(textsIn(fr, 'audience')).toEqual(
			expect.arrayContaining([
				'Christian Pierret',
				'secrétaire d’État',
				'Dominique Voynet',
				'ministre',
				'présenté à un large public'
			])
		);
		expect(textsIn(en, 'audience')).toEqual(
			expect.arrayContaining([
				'Christian Pierret',
				'Secretary of State',
				'Dominique Voynet',
				'Minister',
				'presented to a wide audience'
			])
		);
		expect(fr.markup).not.toMatch(/deux ministres/);
		expect(en.markup).not.toMatch(/two ministers/i);
		const people = audience.flat();
		expect(people.filter((p) => p.notable)).toHaveLength(2);
		expect(countIn(fr, 'audience', '.wp__people--notable')).toBe(2);
		expect(countIn(fr, 'audience', '.wp__leader')).toBe(2);
		expect(countIn(fr, 'title', '.wp__people')).toBe(0);
		// A wide audience: many more than the two.
		expect(people.length).toBeGreaterThan(20);
	});

	it('draws every person and bubble inside the frame, above the caption', () => {
		for (const { x, y } of audience.flat()) {
			expect(x).toBeGreaterThan(200);
			expect(x).toBeLessThan(392);
			expect(y + 15).toBeLessThan(270);
		}
		for (const { x, y, width } of bubbles) {
			expect(x + width).toBeLessThan(392);
			expect(y + 31).toBeLessThan(270);
		}
	});

	it('sets French typography: no-break spaces before « : » and inside « »', () => {
		// Reading texts collapses white space; the markup keeps the no-break spaces.
		const texts = [...fr.markup.matchAll(/>([^<]+)</g)].map(([, text]) => text);
		expect(texts.filter((text) => /[ ][:;!?»]|«[ ]/.test(text))).toEqual([]);
		expect(texts.some((text) => /\u00a0[:»]/.test(text))).toBe(true);
	});

	it('keeps to the glossary in English and to French typography', () => {
		for (const state of SCENES['white-paper'].states) {
			for (const text of textsIn(en, state)) expect(glossaryViolations(text), text).toEqual([]);
		}
		// Reading texts collapses white space: the markup keeps the no-break spaces.
		for (const [, raw] of fr.markup.matchAll(/>([^<]+)</g)) {
			const text = decodeEntities(raw);
			expect(typographyProblems(text, 'fr'), text).toEqual([]);
		}
	});
});
