import { describe, expect, it } from 'vitest';
import { countIn, drawScene, textsIn } from '../shared/inspect';
import { MEMBERS, STAFF } from './geometry';

describe('the management scene (1 January 2013)', () => {
	const fr = drawScene('management', 'fr');
	const en = drawScene('management', 'en');

	it('opens on the inscribed property and what it requires: who would be in charge?', () => {
		expect(textsIn(fr, 'obligations')).toEqual([
			'le bien inscrit sur la Liste du patrimoine mondial',
			'protégé',
			'suivi',
			'géré',
			'?',
			'qui en aura la charge ?'
		]);
		expect(textsIn(en, 'obligations')).toEqual([
			'the property inscribed on the World Heritage List',
			'protected',
			'monitored',
			'managed',
			'?',
			'who would be in charge?'
		]);
		expect(countIn(fr, 'obligations', '.management__mission')).toBe(0);
	});

	it('designates the Mission on 1 January 2013, in close coordination with the State', () => {
		expect(countIn(fr, 'designated', '.management__empty')).toBe(0);
		expect(countIn(fr, 'designated', '.management__mission')).toBe(1);
		expect(countIn(fr, 'designated', '.management__ties path')).toBe(3);
		expect(countIn(fr, 'designated', '.management__staff circle')).toBe(STAFF.length);
		expect(countIn(fr, 'designated', '.management__members circle')).toBe(0);
		expect(textsIn(fr, 'designated')).toEqual(
			expect.arrayContaining([
				'Mission Bassin Minier',
				'structure partenariale de gestion',
				'l’État',
				'en étroite',
				'coordination',
				'1ᵉʳ janvier 2013'
			])
		);
		expect(textsIn(en, 'designated')).toEqual(
			expect.arrayContaining([
				'the partnership body that manages the property',
				'the State',
				'in close',
				'1 January 2013'
			])
		);
	});

	it('dissolves Bassin Minier Uni; its members join the Mission’s teams', () => {
		expect(textsIn(fr, 'members-join')).toEqual(
			expect.arrayContaining(['Bassin Minier Uni', 'dissoute', 'ses membres rejoignent la Mission'])
		);
		expect(textsIn(en, 'members-join')).toEqual(
			expect.arrayContaining(['dissolved', 'its members joined the Mission’s teams'])
		);
		expect(countIn(fr, 'members-join', '.management__members circle')).toBe(MEMBERS.length);
		expect(countIn(fr, 'members-join', '.management__staff circle')).toBe(STAFF.length);
		expect(textsIn(fr, 'members-join')).not.toContain('1ᵉʳ janvier 2013');
	});

	it('ends on the Schéma de développement patrimonial, pointing to the management plan', () => {
		expect(textsIn(fr, 'management-plan')).toEqual(
			expect.arrayContaining([
				'Schéma de',
				'développement',
				'patrimonial',
				'plan de',
				'gestion',
				'le Schéma annonçait le plan de gestion'
			])
		);
		expect(textsIn(en, 'management-plan')).toEqual(
			expect.arrayContaining([
				'management',
				'plan',
				'the Schéma pointed towards the management plan'
			])
		);
		expect(textsIn(fr, 'management-plan')).not.toContain('Bassin Minier Uni');
		expect(countIn(fr, 'management-plan', '.management__paper')).toBe(2);
		// The Mission keeps its teams, BMU's members among them.
		expect(countIn(fr, 'management-plan', '.management__members circle')).toBe(MEMBERS.length);
	});

	it('says « property » and « nomination », never « bid » or « asset »', () => {
		const words = [0, 1, 2, 3].flatMap((state) => textsIn(en, state)).join(' ');
		expect(words).not.toMatch(/\bbid\b|\basset|structure/i);
	});
});
