import { describe, expect, it } from 'vitest';
import openData from 'virtual:open-data';
import { SCENES } from '../catalog';
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

	it('opens on the basin and, to its north, the Lille conurbation, nobody at Wingles yet', () => {
		expect(textsIn(fr, 'neighbours')).toEqual([
			'BELGIQUE',
			'FRANCE',
			'Lille',
			'métropole',
			'bassin minier',
			'Au nord du bassin, la métropole lilloise'
		]);
		expect(textsIn(en, 'neighbours')).toContain('North of the basin, the Lille conurbation');
		expect(countIn(fr, 'neighbours', '.map-link__wingles')).toBe(0);
		expect(dotsIn(fr, 'neighbours', '.map-link__crowd path')).toBe(0);
		// The basemap: every commune GeoNames locates, the border as a line.
		expect(countIn(fr, 'neighbours', '.basin-map__communes')).toBe(7);
		expect(countIn(fr, 'neighbours', '.basin-map__border')).toBe(1);
	});

	it('lights up Wingles on 25 June 2001: two presidents, more than 300 people from civil society', () => {
		const texts = textsIn(fr, 'meeting');
		for (const text of [
			'Wingles',
			'25 juin 2001',
			'Pierre Mauroy',
			'Gilbert Rolos',
			'la Mission',
			'plus de 300 personnes',
			'citoyens',
			'monde politique',
			'milieux économiques',
			'secteur associatif',
			'Réunion fondatrice à Wingles'
		])
			expect(texts).toContain(text);
		expect(textsIn(en, 'meeting')).toEqual(
			expect.arrayContaining([
				'25 June 2001',
				'more than 300 people',
				'citizens',
				'political life',
				'business',
				'voluntary sector',
				'Founding meeting at Wingles'
			])
		);
		expect(countIn(fr, 'meeting', '.map-link__people circle')).toBe(2);
		expect(countIn(fr, 'meeting', '.map-link__wingles')).toBe(1);
		expect(dotsIn(fr, 'meeting', '.map-link__crowd path')).toBe(300);
	});

	it('ends on one urban area, across the border: the basin and the conurbation linked each way', () => {
		const texts = textsIn(fr, 'link');
		expect(texts).toEqual(
			expect.arrayContaining([
				'une aire urbaine',
				'de dimension métropolitaine',
				'Le bassin et la métropole ont partie liée'
			])
		);
		expect(textsIn(en, 'link')).toEqual(
			expect.arrayContaining(['an urban area', 'on a metropolitan scale'])
		);
		expect(countIn(fr, 'link', '.map-link__arrows path')).toBe(4);
		expect(countIn(fr, 'meeting', '.map-link__arrows path')).toBe(0);
		expect(countIn(fr, 'link', '.map-link__glow')).toBe(1);
		expect(texts).not.toContain('citoyens');
		// The meeting stays: its place, its date, its crowd.
		expect(texts).toContain('25 juin 2001');
		expect(dotsIn(fr, 'link', '.map-link__crowd path')).toBe(300);
	});

	it('shows one caption a state', () => {
		for (const state of SCENES['map-link'].states)
			expect(countIn(fr, state, '.scene-caption'), state).toBe(1);
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
