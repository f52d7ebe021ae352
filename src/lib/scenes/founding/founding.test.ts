import { describe, expect, it } from 'vitest';
import { glossaryViolations } from '$lib/content/glossary';
import { decodeEntities, typographyProblems } from '$lib/content/typography';
import { SCENES } from '../catalog';
import { countIn, drawScene, textsIn } from '../shared/inspect';
import { elected, LEGACY, planners } from './geometry';

describe('the founding scene (12 May 2000)', () => {
	const fr = drawScene('founding', 'fr');
	const en = drawScene('founding', 'en');

	it('pools the efforts of elected officials and planners in one association, on 12 May 2000', () => {
		expect(textsIn(fr, 'founded')).toEqual(
			expect.arrayContaining([
				'élus',
				'acteurs de',
				'l’aménagement',
				'12 mai',
				'2000',
				'association',
				'loi du 1ᵉʳ juillet 1901',
				'Mission',
				'Bassin Minier',
				'des forces mises en commun'
			])
		);
		expect(textsIn(en, 'founded')).toEqual(
			expect.arrayContaining([
				'elected officials',
				'12 May',
				'an association,',
				'law of 1 July 1901',
				'efforts pooled in one joint body'
			])
		);
		expect(countIn(fr, 'founded', '.fd__people')).toBe(2);
		expect(elected.length + planners.length).toBeGreaterThan(2);
		expect(countIn(fr, 'founded', '.fd__axis')).toBe(0);
		// Ordinals as such, never « 1er ».
		expect(fr.markup).not.toMatch(/\b1er\b/);
	});

	it('gives its first tasks two axes: restructuring, with mining heritage, and project engineering', () => {
		expect(countIn(fr, 'two-axes', '.fd__axis--line')).toBe(2);
		expect(countIn(fr, 'two-axes', '.fd__axis--heads')).toBe(1);
		expect(textsIn(fr, 'two-axes')).toEqual(
			expect.arrayContaining([
				'Restructurer le bassin',
				'urbain, social, écologique',
				'avec son patrimoine minier',
				'Ingénierie de projet',
				'concevoir, monter, conduire',
				'deux axes de travail'
			])
		);
		expect(textsIn(en, 'two-axes')).toEqual(
			expect.arrayContaining([
				'Restructure the basin',
				'urban, social, ecological',
				'with its mining heritage',
				'Capacity to design',
				'and run its own projects'
			])
		);
		// The glossary rules out « project engineering » in English.
		expect(en.markup).not.toMatch(/project engineering/i);
	});

	it('ends on mining heritage in its remit from the outset, and what it inherits', () => {
		expect(textsIn(fr, 'heritage')).toEqual(
			expect.arrayContaining([
				'dans son mandat',
				'dès le départ',
				'elle hérite :',
				'Conférence',
				'Permanente',
				'livre blanc',
				'État et',
				'Région',
				'le patrimoine minier, dès le départ'
			])
		);
		expect(textsIn(en, 'heritage')).toEqual(
			expect.arrayContaining([
				'in its remit',
				'from the outset',
				'it inherits:',
				'white paper',
				'State and',
				'Region'
			])
		);
		expect(countIn(fr, 'heritage', '.fd__token')).toBe(LEGACY.length);
		expect(countIn(fr, 'heritage', '.fd__headframe')).toBe(2);
		// The inheritance takes the founders' place.
		expect(countIn(fr, 'heritage', '.fd__people')).toBe(0);
		expect(countIn(fr, 'two-axes', '.fd__token')).toBe(0);
	});

	it('sets French typography: no-break spaces before « : » and inside « »', () => {
		// Reading texts collapses white space; the markup keeps the no-break spaces.
		const texts = [...fr.markup.matchAll(/>([^<]+)</g)].map(([, text]) => text);
		expect(texts.filter((text) => /[ ][:;!?»]|«[ ]/.test(text))).toEqual([]);
		expect(texts.some((text) => /\u00a0[:»]/.test(text))).toBe(true);
	});

	it('keeps to the glossary in English and to French typography', () => {
		for (const state of SCENES['founding'].states) {
			for (const text of textsIn(en, state)) expect(glossaryViolations(text), text).toEqual([]);
		}
		// Reading texts collapses white space: the markup keeps the no-break spaces.
		for (const [, raw] of fr.markup.matchAll(/>([^<]+)</g)) {
			const text = decodeEntities(raw);
			expect(typographyProblems(text, 'fr'), text).toEqual([]);
		}
	});
});
