import { describe, expect, it } from 'vitest';
import {
	AGGLOMERATION_CODES,
	composeOpenData,
	countAgglomerations,
	labelOf,
	OpenDataError,
	sourceLine,
	totalsOf
} from './open-data.ts';
import { FIXTURE_COMMUNES, FIXTURE_EPCIS, fixtureInputs } from './open-data.fixtures.ts';
import { readOpenDataPackages } from './read-packages.ts';

describe('countAgglomerations', () => {
	it('returns the seven agglomerations in arc order, whatever the file order', () => {
		const counts = countAgglomerations([...FIXTURE_EPCIS].reverse(), FIXTURE_COMMUNES);
		expect(counts.map((a) => a.code)).toEqual([...AGGLOMERATION_CODES]);
	});

	it('sums the current communes only, not a commune déléguée sharing a code', () => {
		const [first, second] = countAgglomerations(FIXTURE_EPCIS, FIXTURE_COMMUNES);
		expect(first.communeCodes).toEqual(['90001', '90002']);
		expect(first.population).toBe(3000);
		expect(second.population).toBe(3000);
	});

	it('stops with the missing EPCI named when an agglomeration is gone from the data', () => {
		const six = FIXTURE_EPCIS.filter((epci) => epci.code !== '245901152');
		expect(() => countAgglomerations(six, FIXTURE_COMMUNES)).toThrow(OpenDataError);
		expect(() => countAgglomerations(six, FIXTURE_COMMUNES)).toThrow(
			/expected 7 communautés d'agglomération, found 6 \(missing EPCI 245901152\)/
		);
	});

	it('stops when a member commune is not a current commune', () => {
		const communes = FIXTURE_COMMUNES.filter((c) => c.code !== '90005');
		expect(() => countAgglomerations(FIXTURE_EPCIS, communes)).toThrow(
			/EPCI 200044618 \(CA Douaisis Agglo\): member communes 90005 are not current communes/
		);
	});

	it('stops when an agglomeration has no member', () => {
		const epcis = FIXTURE_EPCIS.map((e) => (e.code === '246200299' ? { ...e, membres: [] } : e));
		expect(() => countAgglomerations(epcis, FIXTURE_COMMUNES)).toThrow(/has no member commune/);
	});
});

describe('labels and totals', () => {
	it('drops the « CA de » prefix in all its French forms', () => {
		expect(labelOf('CA de Lens - Liévin')).toBe('Lens-Liévin');
		expect(labelOf("CA Coeur d'Ostrevent")).toBe('Cœur d’Ostrevent');
		expect(labelOf("CA d'Hénin-Carvin")).toBe('Hénin-Carvin');
		expect(labelOf('CA de la Porte du Hainaut')).toBe('Porte du Hainaut');
		expect(labelOf('CA Douaisis Agglo')).toBe('Douaisis Agglo');
		expect(labelOf('CA de Béthune-Bruay, Artois-Lys Romane')).toBe(
			'Béthune-Bruay, Artois-Lys Romane'
		);
	});

	it('adds up agglomerations, communes and inhabitants', () => {
		expect(totalsOf(countAgglomerations(FIXTURE_EPCIS, FIXTURE_COMMUNES))).toEqual({
			agglomerations: 7,
			communes: 8,
			population: 36000
		});
	});

	it('credits INSEE through the package and its version', () => {
		expect(sourceLine('6.0.0')).toBe('INSEE, via @etalab/decoupage-administratif 6.0.0');
	});
});

describe('composeOpenData on fixtures', () => {
	const data = composeOpenData(fixtureInputs());

	it('places each agglomeration at the mean of its communes, inside the frame', () => {
		for (const a of data.agglomerations) {
			expect(a.centre[0]).toBeGreaterThan(0);
			expect(a.centre[0]).toBeLessThan(400);
			expect(a.centre[1]).toBeGreaterThan(0);
			expect(a.centre[1]).toBeLessThan(300);
		}
		// West to east along the arc.
		const xs = data.agglomerations.map((a) => a.centre[0]);
		expect(xs).toEqual([...xs].sort((a, b) => a - b));
	});

	it('draws one dot per located commune, ignoring foreign and smaller namesakes', () => {
		expect(data.agglomerations[0].dots.match(/M/g)).toHaveLength(2);
		expect(data.agglomerations[1].dots.match(/M/g)).toHaveLength(1);
	});

	it('keeps no raw record: no commune code or name in the result', () => {
		const text = JSON.stringify(data);
		expect(text).not.toMatch(/9000\d/);
		expect(text).not.toMatch(/Alpha|Bravo|Elsewhere/);
		expect(Object.keys(data.agglomerations[0]).sort()).toEqual(
			['centre', 'code', 'communes', 'dots', 'label', 'name', 'population'].sort()
		);
	});

	it('fails when no commune of an agglomeration can be placed', () => {
		const cities = fixtureInputs().cities.filter((c) => c.muniSub !== '90008');
		expect(() => composeOpenData(fixtureInputs({ cities }))).toThrow(
			/no commune of CA Valenciennes Métropole could be placed/
		);
	});
});

describe('the real package (@etalab/decoupage-administratif)', () => {
	// The fact sheet's figures: if the package's data drifts, this fails loudly.
	const data = composeOpenData(readOpenDataPackages());

	it('gives 7 agglomerations, 287 communes and 1,212,037 inhabitants', () => {
		expect(data.totals).toEqual({ agglomerations: 7, communes: 287, population: 1_212_037 });
	});

	it('gives each agglomeration the communes and population of the fact sheet', () => {
		expect(
			data.agglomerations.map(({ code, communes, population }) => [code, communes, population])
		).toEqual([
			['200072460', 100, 275_028],
			['246200364', 36, 242_013],
			['246200299', 14, 125_793],
			['200044618', 35, 149_282],
			['245901152', 20, 69_764],
			['200042190', 47, 158_419],
			['245901160', 35, 191_738]
		]);
	});

	it('credits the installed version', () => {
		expect(data.source).toBe('INSEE, via @etalab/decoupage-administratif 6.0.0');
	});
});
