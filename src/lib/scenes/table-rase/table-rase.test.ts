import { describe, expect, it } from 'vitest';
import { countIn, drawScene, textsIn } from '../shared/inspect';
import { crowdRows } from './geometry';

describe('the table-rase scene (chapter 2, clean slate or memory)', () => {
	const fr = drawScene('table-rase', 'fr');
	const en = drawScene('table-rase', 'en');

	it('opens on the landscape once the pits have closed: l’après-mines', () => {
		expect(textsIn(fr, 'after-mines')).toEqual(['l’après-mines', 'Tout ce qu’il reste à imaginer']);
		expect(textsIn(en, 'after-mines')[0]).toContain('après-mines');
		expect(countIn(fr, 'after-mines', '.rase__heap')).toBe(2);
		expect(countIn(fr, 'after-mines', '.rase__blank')).toBe(0);
		expect(countIn(fr, 'after-mines', '.rase__new path')).toBe(0);
	});

	it('splits in two camps: the left half wiped clean, the right half kept and built with', () => {
		const texts = textsIn(fr, 'two-camps');
		expect(texts).toEqual(
			expect.arrayContaining([
				'Table rase',
				'Mémoire',
				'effacer, repartir de zéro',
				'bâtir avec cette histoire',
				'Deux camps s’opposent'
			])
		);
		expect(textsIn(en, 'two-camps')).toEqual(
			expect.arrayContaining([
				'Clean slate',
				'Memory',
				'erase, start from scratch',
				'build with that history'
			])
		);
		expect(countIn(fr, 'two-camps', '.rase__blank')).toBe(1);
		expect(countIn(fr, 'two-camps', '.rase__divider')).toBe(1);
		expect(countIn(fr, 'two-camps', '.rase__new path')).toBe(2);
	});

	it('puts the three concrete choices, erase on the left and keep on the right', () => {
		const texts = textsIn(fr, 'choices');
		for (const word of [
			'un chevalement',
			'démolir',
			'conserver',
			'une cité minière',
			'raser',
			'rénover',
			'un terril',
			'faire disparaître',
			'garder'
		])
			expect(texts).toContain(word);
		expect(textsIn(en, 'choices')).toEqual(
			expect.arrayContaining(['a headframe', 'demolish', 'raze', 'renovate', 'a spoil tip'])
		);
		expect(countIn(fr, 'choices', '.rase__pill')).toBe(3);
		expect(countIn(fr, 'choices', '.rase__heap')).toBe(0);
	});

	it('ends on who decides: a few decision-makers, or the public, in 1996', () => {
		const texts = textsIn(fr, 'public');
		expect(texts).toEqual(expect.arrayContaining(['quelques décideurs', 'le public', '1996']));
		expect(texts).not.toContain('Table rase');
		expect(textsIn(en, 'public')).toEqual(
			expect.arrayContaining(['a few decision-makers', 'the public'])
		);
		expect(countIn(fr, 'public', '.rase__crowd path')).toBe(crowdRows().length);
		const people = crowdRows().join('').match(/a/g)!.length / 2;
		expect(people).toBeGreaterThan(30);
	});
});
