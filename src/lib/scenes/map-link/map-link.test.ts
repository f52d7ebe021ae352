import { describe, expect, it } from 'vitest';
import openData from 'virtual:open-data';
import { SCENES } from '../catalog';
import labels from './labels';
import { countIn, drawScene, shownAt, textsIn, type DrawnScene } from '../shared/inspect';
import { select } from '../shared/svg-tree';
import { crowdPaths, PEOPLE } from './geometry';

/** How many round-capped dots (`Mx yh0`) the paths matching `selector` draw in a state. */
function dotsIn(scene: DrawnScene, state: string, selector: string): number {
	const index = SCENES['map-link'].states.indexOf(state as never);
	return select(scene.svg, selector)
		.filter((node) => shownAt(node, index))
		.reduce((sum, node) => sum + (node.getAttribute('d')?.match(/h0/g)?.length ?? 0), 0);
}

describe('the map-link scene (chapter 8, Wingles, 25 June 2001)', () => {
	const fr = drawScene('map-link', 'fr');
	const en = drawScene('map-link', 'en');

	it('opens on the basin and, to its north, the Lille metropolis, nobody at Wingles yet', () => {
		expect(textsIn(fr, 'neighbours')).toEqual([
			'BELGIQUE',
			'FRANCE',
			'Lille',
			'métropole',
			'bassin minier',
			'Au nord du bassin, la métropole lilloise'
		]);
		expect(textsIn(en, 'neighbours')).toContain('North of the basin, the Lille metropolis');
		expect(countIn(fr, 'neighbours', '.map-link__wingles')).toBe(0);
		expect(dotsIn(fr, 'neighbours', '.map-link__crowd path')).toBe(0);
		// The basemap: every commune GeoNames locates, the border as a line.
		expect(countIn(fr, 'neighbours', '.basin-map__communes')).toBe(7);
		expect(countIn(fr, 'neighbours', '.basin-map__border')).toBe(1);
	});

	it('lights up Wingles on 25 June 2001, with its two presidents', () => {
		const texts = textsIn(fr, 'wingles');
		for (const text of ['Wingles', '25 juin 2001', 'Pierre Mauroy', 'Gilbert Rolos', 'la Mission'])
			expect(texts).toContain(text);
		expect(texts).toContain('Réunion fondatrice à Wingles');
		expect(textsIn(en, 'wingles')).toContain('25 June 2001');
		expect(textsIn(en, 'wingles')).toContain('Founding meeting at Wingles');
		expect(countIn(fr, 'wingles', '.map-link__people circle')).toBe(2);
		expect(countIn(fr, 'wingles', '.map-link__wingles')).toBe(1);
	});

	it('gathers more than 300 people round them, from civil society', () => {
		expect(textsIn(fr, 'crowd')).toContain('plus de 300 personnes');
		expect(textsIn(en, 'crowd')).toContain('more than 300 people');
		expect(dotsIn(fr, 'crowd', '.map-link__crowd path')).toBe(300);
		expect(textsIn(fr, 'crowd')).toEqual(
			expect.arrayContaining([
				'citoyens',
				'monde politique',
				'milieux économiques',
				'secteur associatif'
			])
		);
		expect(textsIn(en, 'crowd')).toEqual(
			expect.arrayContaining(['citizens', 'political life', 'business', 'voluntary sector'])
		);
	});

	it('links the metropolis and the basin, each way: not two separate worlds', () => {
		expect(textsIn(fr, 'link')).toContain('Pas deux mondes séparés');
		expect(textsIn(en, 'link')).toContain('Not two separate worlds');
		expect(countIn(fr, 'link', '.map-link__arrows path')).toBe(4);
		expect(countIn(fr, 'crowd', '.map-link__arrows path')).toBe(0);
		expect(textsIn(fr, 'link')).not.toContain('citoyens');
	});

	it('ends on a dialogue that opens, Carvin a few months later', () => {
		expect(textsIn(fr, 'dialogue')).toEqual(
			expect.arrayContaining(['Carvin', 'quelques mois plus tard', 'Un dialogue s’ouvre'])
		);
		expect(textsIn(en, 'dialogue')).toEqual(
			expect.arrayContaining(['Carvin', 'a few months later', 'A dialogue opens'])
		);
		expect(countIn(fr, 'dialogue', '.map-link__bubbles path')).toBe(2);
	});

	it('shows one caption a state', () => {
		for (const state of SCENES['map-link'].states)
			expect(countIn(fr, state, '.map-link__caption'), state).toBe(1);
	});
});

describe('map-link geometry', () => {
	it('packs 300 people round Wingles, in rings from the centre out', () => {
		const rings = crowdPaths(openData.map.places.wingles, 2.4);
		const dots = rings.flatMap((d) => [...d.matchAll(/M(-?[\d.]+) (-?[\d.]+)h0/g)]);
		expect(dots).toHaveLength(PEOPLE);
		const [x, y] = openData.map.places.wingles;
		const far = (d: string) =>
			Math.max(
				...[...d.matchAll(/M(-?[\d.]+) (-?[\d.]+)/g)].map((m) => Math.hypot(+m[1] - x, +m[2] - y))
			);
		expect(far(rings[0])).toBeLessThan(far(rings.at(-1)!));
		expect(far(rings.at(-1)!)).toBeLessThan(26);
	});
});

describe('the map-link scene’s French', () => {
	it('sets a no-break space before « : ; ! ? » and inside « », and curly apostrophes', () => {
		const words = JSON.stringify(labels.fr);
		expect(words).not.toMatch(/ [:;!?»]|« /);
		expect(words).not.toMatch(/'/);
	});
});
