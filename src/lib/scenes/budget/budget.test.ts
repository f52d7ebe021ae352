import { describe, expect, it } from 'vitest';
import { glossaryViolations } from '$lib/content/glossary';
import { decodeEntities, typographyProblems } from '$lib/content/typography';
import { SCENES } from '../catalog';
import { countIn, drawScene, textsIn } from '../shared/inspect';
import { BAR, PRIORITY, STACKS, years } from './geometry';

describe('the budget scene (December 1998)', () => {
	const fr = drawScene('budget', 'fr');
	const en = drawScene('budget', 'en');

	it('sends the white paper to the CIADT, where several ministries meet, in December 1998', () => {
		expect(textsIn(fr, 'committee')).toEqual(
			expect.arrayContaining([
				'livre blanc',
				'CIADT',
				'plusieurs ministères',
				'décembre 1998',
				'un comité interministériel'
			])
		);
		expect(textsIn(en, 'committee')).toEqual(
			expect.arrayContaining([
				'white paper',
				'several ministries',
				'December 1998',
				'an interministerial committee'
			])
		);
	});

	it('ticks the priority actions it adopts, and only those', () => {
		expect(textsIn(fr, 'committee')).toContain('priorités retenues');
		expect(textsIn(en, 'committee')).toContain('priorities adopted');
		expect(countIn(fr, 'committee', '.bg__box--on')).toBe(PRIORITY.length);
		expect(countIn(fr, 'committee', '.bg__box')).toBeGreaterThan(PRIORITY.length);
		expect(countIn(fr, 'committee', '.bg__coins path')).toBe(0);
	});

	it('gives them specific funding: life after the mines becomes a State policy', () => {
		expect(textsIn(fr, 'funding')).toEqual(
			expect.arrayContaining([
				'aspiration locale',
				'politique de l’État',
				'un financement spécifique'
			])
		);
		expect(textsIn(en, 'funding')).toEqual(
			expect.arrayContaining(['a local aspiration', 'a State policy', 'dedicated funding'])
		);
		expect(countIn(fr, 'funding', '.bg__coins path')).toBe(STACKS.length);
		expect(countIn(fr, 'funding', '.bg__bar')).toBe(0);
	});

	it('carries the decision into the après-mines section of the 2000-2006 contract, no amounts', () => {
		expect(textsIn(fr, 'contract')).toEqual(
			expect.arrayContaining(['Contrat de Plan État-Région 2000-2006', 'volet après-mines'])
		);
		expect(textsIn(en, 'contract')).toEqual(
			expect.arrayContaining([
				'State–Region planning contract 2000–2006',
				'section for life after the mines'
			])
		);
		expect(years.map((y) => y.year)).toEqual([2000, 2001, 2002, 2003, 2004, 2005, 2006]);
		// A tick a year; written, only the two years the text gives.
		expect(textsIn(fr, 'contract')).toEqual(expect.arrayContaining(['2000', '2006']));
		expect(textsIn(fr, 'contract')).not.toContain('2003');
		expect(countIn(fr, 'contract', '.bg__band')).toBe(1);
		expect(textsIn(fr, 'contract')).not.toContain('décembre 1998');
		for (const text of [...textsIn(fr, 'contract'), ...textsIn(en, 'contract')]) {
			expect(text).not.toMatch(/€|euro|million|milliard|billion/i);
		}
		expect(BAR.left + BAR.width).toBeLessThan(392);
	});

	it('keeps to the glossary’s English (no « plan contract », no « post-mining »)', () => {
		for (const state of ['committee', 'funding', 'contract']) {
			for (const text of textsIn(en, state)) {
				expect(text).not.toMatch(/plan contract|post-min|territor|after-mines/i);
			}
		}
	});

	it('sets French typography: no plain space before « : ; ! ? » or inside « »', () => {
		// Reading texts collapses white space; the markup keeps the no-break spaces.
		const texts = [...fr.markup.matchAll(/>([^<]+)</g)].map(([, text]) => text);
		expect(texts.filter((text) => /[ ][:;!?»]|«[ ]/.test(text))).toEqual([]);
	});

	it('keeps to the glossary in English and to French typography', () => {
		for (const state of SCENES['budget'].states) {
			for (const text of textsIn(en, state)) expect(glossaryViolations(text), text).toEqual([]);
		}
		// Reading texts collapses white space: the markup keeps the no-break spaces.
		for (const [, raw] of fr.markup.matchAll(/>([^<]+)</g)) {
			const text = decodeEntities(raw);
			expect(typographyProblems(text, 'fr'), text).toEqual([]);
		}
	});
});
