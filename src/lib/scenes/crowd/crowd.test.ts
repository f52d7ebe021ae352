import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countIn, drawScene, textsIn } from '../shared/inspect';
import { select } from '../shared/svg-tree';

describe('the crowd scene (1996)', () => {
	const fr = drawScene('crowd', 'fr');
	const en = drawScene('crowd', 'en');

	it('opens on the empty hall of the Conférence Permanente, in 1996', () => {
		expect(textsIn(fr, 'hall')).toEqual(['Conférence Permanente du Bassin Minier', '1996']);
		expect(countIn(fr, 'hall', '.crowd__people path')).toBe(0);
		expect(countIn(fr, 'hall', '.crowd__tables rect')).toBe(0);
	});

	it('fills it with more than 1,000 people', () => {
		expect(textsIn(fr, 'people')).toContain('plus de 1 000 participants');
		expect(textsIn(en, 'people')).toContain('more than 1,000 participants');
		expect(countIn(fr, 'people', '.crowd__people path')).toBe(37);
	});

	it('seats them at 37 workshop tables', () => {
		expect(textsIn(fr, 'tables')).toContain('37 séances d’ateliers');
		expect(textsIn(en, 'tables')).toContain('37 workshop sessions');
		expect(countIn(fr, 'tables', '.crowd__tables rect')).toBe(37);
	});

	it('ends on a land of speech and proposals', () => {
		expect(textsIn(fr, 'speech')).toContain('une « terre de paroles et de propositions »');
		expect(textsIn(en, 'speech')).toContain('a “land of speech and proposals”');
		expect(countIn(fr, 'speech', '.crowd__bubble')).toBeGreaterThan(5);
		expect(countIn(fr, 'tables', '.crowd__bubble')).toBe(0);
	});

	it('says only what the chapter says', () => {
		const read = (path: string) =>
			readFileSync(join(process.cwd(), 'stories', path), 'utf8')
				.replace(/[*_]/g, '')
				.replace(/\s+/g, ' ');
		const textFr = read('fr/03-la-conference-permanente.md');
		const textEn = read('en/03-the-standing-conference.md');
		for (const words of ['1996', 'Plus de 1 000', '37 séances d’ateliers']) {
			expect(textFr).toContain(words.replace(/ /g, ' '));
		}
		expect(textFr).toContain('« terre de paroles et de propositions »'.replace(/ /g, ' '));
		for (const words of ['1996', 'More than 1,000', '37 workshop sessions']) {
			expect(textEn).toContain(words);
		}
		expect(textEn).toContain('“land of speech and proposals”');
	});

	it('keeps the speech bubbles clear of the banner', () => {
		const banner = select(fr.svg, '.crowd__banner')[0];
		const bottom = Number(banner.getAttribute('y')) + Number(banner.getAttribute('height'));
		for (const bubble of select(fr.svg, '.crowd__bubble')) {
			const top = Number(/^M[\d.-]+ ([\d.-]+)/.exec(bubble.getAttribute('d') ?? '')?.[1]);
			expect(top).toBeGreaterThan(bottom + 4);
		}
	});

	it('writes its banner and captions at a size a phone can read (12 or more)', () => {
		const source = readFileSync(new URL('./Figure.svelte', import.meta.url), 'utf8');
		const sizes = [...source.matchAll(/font-size: ([\d.]+)px/g)].map(([, size]) => Number(size));
		expect(sizes.length).toBeGreaterThan(0);
		for (const size of sizes) expect(size).toBeGreaterThanOrEqual(12);
	});
});
