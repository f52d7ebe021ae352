import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import type { OpenData } from './open-data.ts';
import { FIXTURE_EPCIS, fixtureInputs } from './open-data.fixtures.ts';
import { OPEN_DATA_MODULE, openData } from './vite-plugin.ts';

/** Calls a plugin hook the way Vite does (plain function or `{ handler }` object). */
function call<T>(hook: Plugin[keyof Plugin], ...args: unknown[]): T {
	const fn = typeof hook === 'function' ? hook : (hook as { handler: unknown }).handler;
	return (fn as (...a: unknown[]) => T).call({}, ...args);
}

/** Resolves and loads the virtual module through the plugin, then evaluates its source. */
async function loadModule(plugin: Plugin): Promise<{ source: string; data: OpenData }> {
	const id = call<string>(plugin.resolveId, OPEN_DATA_MODULE, undefined, {});
	const source = call<string>(plugin.load, id);
	const module = await import(`data:text/javascript,${encodeURIComponent(source)}`);
	return { source, data: module.default as OpenData };
}

describe('virtual:open-data', () => {
	it('resolves only its own id', () => {
		const plugin = openData({ read: () => fixtureInputs() });
		expect(call(plugin.resolveId, 'virtual:open-data', undefined, {})).toBe('\0virtual:open-data');
		expect(call(plugin.resolveId, 'virtual:other', undefined, {})).toBeUndefined();
		expect(call(plugin.load, '/src/app.css')).toBeUndefined();
	});

	it('exports only the computed figures and basemap, as one default export', async () => {
		const { data } = await loadModule(openData({ read: () => fixtureInputs() }));
		expect(Object.keys(data).sort()).toEqual(['agglomerations', 'map', 'source', 'totals']);
		expect(Object.keys(data.map).sort()).toEqual(['border', 'places']);
		expect(data.totals).toEqual({ agglomerations: 7, communes: 8, population: 36000 });
		expect(data.agglomerations).toHaveLength(7);
		for (const a of data.agglomerations) {
			expect(a).toEqual({
				code: expect.stringMatching(/^\d{9}$/),
				name: expect.any(String),
				label: expect.any(String),
				communes: expect.any(Number),
				population: expect.any(Number),
				centre: [expect.any(Number), expect.any(Number)],
				dots: expect.stringMatching(/^(M\d+ \d+h0)+$/)
			});
		}
		expect(data.source).toBe('INSEE, via @etalab/decoupage-administratif 0.0.0-fixture');
	});

	it('ships a small module from the real packages, with no commune of the raw data in it', async () => {
		const { source } = await loadModule(openData());
		expect(source.length).toBeLessThan(8000);
		// Communes of the seven agglomerations whose names are no label of the site.
		for (const commune of ['Abscon', 'Bruay-la-Buissière', 'Courrières', 'Nœux-les-Mines']) {
			expect(source).not.toContain(commune);
		}
	});

	it('stops the build with a clear message when the data no longer gives 7 agglomerations', () => {
		const epcis = FIXTURE_EPCIS.filter((epci) => epci.code !== '200042190');
		const plugin = openData({ read: () => fixtureInputs({ epcis }) });
		const errors: unknown[] = [];
		const log = console.error;
		console.error = (...args: unknown[]) => errors.push(...args);
		try {
			expect(() => call(plugin.buildStart)).toThrow(
				"open data (@etalab/decoupage-administratif): expected 7 communautés d'agglomération, found 6 (missing EPCI 200042190)"
			);
		} finally {
			console.error = log;
		}
		expect(String(errors[0])).toContain('found 6');
	});
});
