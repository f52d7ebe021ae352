import { describe, expect, it } from 'vitest';
import { countIn, drawScene, textsIn } from '../shared/inspect';

describe('the heritage-network scene (2000–2002)', () => {
	const fr = drawScene('heritage-network', 'fr');
	const en = drawScene('heritage-network', 'en');

	it('opens on the interministerial study, conducted by the Mission for the State and the Region', () => {
		expect(textsIn(fr, 'study')).toEqual([
			'2000–2002 : étude interministérielle',
			'conduite par la Mission pour l’État et la Région',
			'mettre en valeur ? relier en réseau ?'
		]);
		expect(textsIn(en, 'study')).toEqual([
			'2000–2002: interministerial study',
			'carried out by the Mission for the State and the Region',
			'make the most of it? link it into a network?'
		]);
	});

	it('shows the sites first one by one, grey and unlinked', () => {
		expect(countIn(fr, 'study', '.heritage-network__grey circle')).toBe(9);
		expect(countIn(fr, 'study', '.heritage-network__node')).toBe(0);
		expect(countIn(fr, 'study', '.heritage-network__links path')).toBe(0);
	});

	it('then links a headframe, a spoil tip and a cité minière, three of each, into a network', () => {
		expect(countIn(fr, 'network', '.heritage-network__grey circle')).toBe(0);
		for (const kind of ['headframe', 'terril', 'cite']) {
			expect(countIn(fr, 'network', `.heritage-network__sites .heritage-network__${kind}`)).toBe(3);
		}
		expect(countIn(fr, 'network', '.heritage-network__links path')).toBe(12);
		expect(textsIn(fr, 'network')).toEqual(
			expect.arrayContaining(['chevalement', 'terril', 'cité minière'])
		);
		expect(textsIn(fr, 'network')).toContain('un même territoire façonné par le charbon');
		expect(textsIn(en, 'network')).toEqual(
			expect.arrayContaining(['headframe', 'spoil tip', 'miners’ housing', 'estate'])
		);
		expect(textsIn(en, 'network')).toContain('a single landscape shaped by coal');
	});

	it('draws the World Heritage List round the network: « une idée folle »', () => {
		expect(countIn(fr, 'network', '.heritage-network__outline')).toBe(0);
		expect(countIn(fr, 'world-list', '.heritage-network__outline')).toBe(1);
		expect(textsIn(fr, 'world-list')).toEqual(
			expect.arrayContaining(['Liste du patrimoine mondial', '« une idée folle »'])
		);
		expect(textsIn(en, 'world-list')).toEqual(
			expect.arrayContaining(['World Heritage List', '“a wild idea”'])
		);
		expect(textsIn(fr, 'world-list')).not.toContain('2000–2002 : étude interministérielle');
	});

	it('ends on the long road: an association, a nomination file, inventories, nearly ten years', () => {
		expect(textsIn(fr, 'long-road')).toEqual(
			expect.arrayContaining([
				'association',
				'dossier de candidature',
				'inventaires',
				'près de dix ans de travail'
			])
		);
		expect(textsIn(en, 'long-road')).toEqual(
			expect.arrayContaining([
				'association',
				'nomination file',
				'inventories',
				'nearly ten years of work'
			])
		);
		expect(countIn(fr, 'long-road', '.heritage-network__station')).toBe(3);
		expect(countIn(fr, 'long-road', '.heritage-network__outline')).toBe(1);
		expect(textsIn(fr, 'long-road')).not.toContain('chevalement');
	});

	it('says neither « bid » nor « crazy » nor « slag heap » in English', () => {
		const words = [0, 1, 2, 3].flatMap((state) => textsIn(en, state)).join(' ');
		expect(words).not.toMatch(/\bbid\b|crazy|slag/i);
	});
});
