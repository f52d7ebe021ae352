import { describe, expect, it } from 'vitest';
import { sceneSvg } from '$lib/server/scenes';
import type { SceneName } from '../catalog';

/**
 * The basemap is a component nested in the map scenes' Figures: its styles must
 * travel inside each scene's SVG file, or the France–Belgium border (an open
 * line) is painted as a black filled shape, as it once was.
 */
describe.each(['map-link', 'metropolitan-area'] as SceneName[])('the basemap in %s', (name) => {
	const svg = sceneSvg(name, 'fr');

	it('carries its own styles in the scene’s file', () => {
		expect(svg).toMatch(/\.basin-map__communes\.svelte-[\w-]+\s*\{[^}]*stroke:/);
	});

	it('draws every path of the border with no fill', () => {
		const borders = [...svg.matchAll(/<path class="([^"]*border[^"]*)"/g)].map((m) => m[1]);
		expect(borders.length).toBeGreaterThan(0);
		for (const classes of borders) {
			const own = classes.split(' ').find((c) => c.endsWith('border'));
			const scope = classes.split(' ').find((c) => c.startsWith('svelte-'));
			expect(svg, own).toMatch(new RegExp(`\\.${own}\\.${scope}\\s*\\{[^}]*fill:\\s*none`));
		}
	});
});
