/**
 * The scene contract, checked for the nine scenes of chapters 7-9 and 11-16:
 * each Figure renders on the server as the scene's final state in the shared
 * 400 × 300 frame and says the chapter's facts; each animate() returns a
 * paused timeline of duration 1 that only touches elements the Figure drew
 * and ends on that final state.
 */
import { gzipSync } from 'node:zlib';
import { gsap } from 'gsap';
import type { Component } from 'svelte';
import { compile } from 'svelte/compiler';
import { render } from 'svelte/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import openData from 'virtual:open-data';
import type { Lang } from '$lib/content/validate';
import { formatInteger } from '$lib/data/format';
import type { Animate, AnimateArgs } from '$lib/scenes/types';
import { fakeSvg, select, type FakeElement } from './fake-svg.ts';

interface SceneCase {
	/** Classes the Figure's CSS hides at the end: seen only while the scene plays. */
	hiddenAtEnd?: string[];
	/** What the French Figure must show: text, and how many of which elements. */
	says: string[];
	counts?: Record<string, number>;
}

const SCENES: Record<string, SceneCase> = {
	'heritage-network': {
		says: ['patrimoine mondial', 'chevalement', 'terril', 'cité minière'],
		counts: { '.heritage-network__site': 9, '.heritage-network__idea': 1 }
	},
	'map-link': {
		says: ['Wingles', '25 juin 2001', 'plus de 300 personnes', 'Lille'],
		counts: { '.map-link__person': 300, '.map-link__link': 1 }
	},
	themes: {
		says: ['Carvin', '17 janvier 2002', 'Développement durable', 'Zones sensibles', 'Transports'],
		counts: { '.themes__group': 3, '.themes__council': 9, '.themes__commission': 1 }
	},
	'bid-path': {
		says: ['2003', '2012', 'Bassin Minier Uni', 'Schéma de développement', 'près de dix ans'],
		counts: { '.bid-path__station': 4 }
	},
	'metropolitan-area': {
		says: [
			'Courtrai',
			'Arras',
			'Béthune',
			'Valenciennes',
			'Lille',
			'BELGIQUE',
			'FRANCE',
			// The quotation exactly as the fact sheet gives it, not a paraphrase in quotes.
			'« de Courtrai à Arras',
			'et de Béthune à Valenciennes »'
		],
		counts: { '.metropolitan-area__town': 4, '.metropolitan-area__outline': 1 }
	},
	inscription: {
		hiddenAtEnd: ['inscription__shock'],
		says: [
			'30 juin 2012',
			'PATRIMOINE MONDIAL',
			'Paysage culturel évolutif vivant',
			'36e session',
			'Saint-Pétersbourg'
		],
		counts: { '.inscription__stamp': 1 }
	},
	management: {
		hiddenAtEnd: ['management__bmu'],
		says: ['janvier 2013', 'BMU', 'dissoute', 'Mission Bassin Minier', 'l’État', 'en lien étroit'],
		counts: { '.management__mission': 1, '.management__ghost': 1 }
	},
	proposals: {
		says: [
			'environ 150 participants',
			'120 propositions',
			'Urbanisme',
			'Transports',
			'Santé',
			'Formation',
			'Développement économique'
		],
		counts: { '.proposals__person': 150, '.proposals__card': 120, '.proposals__workshop': 5 }
	},
	agglomerations: {
		says: [
			`${formatInteger(openData.totals.population, 'fr')} habitants`,
			`${openData.totals.communes} communes`,
			`${openData.totals.agglomerations} communautés d’agglomération`
		],
		counts: { '.agglomerations__label': 7, '.agglomerations__communes': 7 }
	}
};

const figures = import.meta.glob<{ default: Component<{ lang: Lang }> }>('../*/Figure.svelte', {
	eager: true
});
const animations = import.meta.glob<{ default: Animate }>('../*/animate.ts', { eager: true });
const sources = import.meta.glob<string>(['../*/Figure.svelte', '../*/animate.ts'], {
	eager: true,
	query: '?raw',
	import: 'default'
});

const renderFigure = (name: string, lang: Lang) =>
	render(figures[`../${name}/Figure.svelte`].default, { props: { lang } }).body;

/** Collapses white space, the narrow no-break spaces of French numbers too, as a reader sees them. */
const plain = (text: string) => text.replace(/\s+/g, ' ');
const textOf = (node: FakeElement) => plain(node.text);

describe.each(Object.entries(SCENES))('scene %s', (name, scene) => {
	let warnings: unknown[];
	beforeEach(() => {
		warnings = [];
		vi.spyOn(console, 'warn').mockImplementation((...args) => warnings.push(args));
	});
	afterEach(() => vi.restoreAllMocks());

	it.each(['fr', 'en'] as const)('renders its final state in the shared frame (%s)', (lang) => {
		const body = renderFigure(name, lang);
		expect(body).toMatch(
			/^(<!--[^>]*-->)*<svg viewBox="0 0 400 300" class="scene-svg" aria-hidden="true" focusable="false">/
		);
		expect(body).not.toMatch(/undefined|NaN|\[object/);
	});

	it('says the chapter’s facts in French', () => {
		const { svg } = fakeSvg(renderFigure(name, 'fr'));
		for (const words of scene.says) expect(textOf(svg)).toContain(plain(words));
		for (const [selector, count] of Object.entries(scene.counts ?? {})) {
			expect(select(svg, selector), selector).toHaveLength(count);
		}
	});

	it('animates from a start state to the final one in a paused timeline of duration 1', () => {
		const fake = fakeSvg(renderFigure(name, 'fr'));
		const args = { svg: fake, gsap, lang: 'fr' } as unknown as AnimateArgs;
		const tl = animations[`../${name}/animate.ts`].default(args);
		expect(tl.paused()).toBe(true);
		expect(tl.duration()).toBeCloseTo(1, 6);
		// Every selector finds something the Figure drew.
		expect(fake.asked.length).toBeGreaterThan(0);
		for (const { selector, count } of fake.asked) expect(count, selector).toBeGreaterThan(0);

		const elements = select(fake.svg, '*');
		tl.progress(0);
		const moved = elements.filter(
			(el) => el.opacity !== 1 || el.x !== 0 || el.y !== 0 || el.scale !== 1
		);
		expect(moved.length, 'something differs at the start').toBeGreaterThan(0);

		tl.progress(1);
		const hidden = scene.hiddenAtEnd ?? [];
		for (const el of elements) {
			const label = `${el.tag}.${el.classes.join('.')}`;
			if (el.classes.some((c) => hidden.includes(c))) {
				expect(el.opacity, label).toBe(0);
				continue;
			}
			expect([el.x, el.y, el.scale, el.scaleY, el.rotation], label).toEqual([0, 0, 1, 1, 0]);
			expect(el.strokeDashoffset, label).toBe(0);
			expect(el.opacity, label).toBe(1);
		}
		expect(warnings, 'tweens only properties gsap knows for SVG').toEqual([]);
		tl.kill();
	});

	it('hides at the end, in its CSS, what only shows while it plays', () => {
		const css = sources[`../${name}/Figure.svelte`];
		for (const cls of scene.hiddenAtEnd ?? []) {
			expect(css).toMatch(new RegExp(`\\.${cls} \\{[^}]*opacity: 0;`));
		}
	});

	it('never creates a ScrollTrigger and selects only inside its svg', () => {
		const code = sources[`../${name}/animate.ts`];
		expect(code).not.toMatch(/ScrollTrigger|document\.|window\./);
		expect(code).toMatch(/gsap\.utils\.selector\(svg\)/);
	});

	it('stays small in page JavaScript (under 3 KB gzip compiled)', () => {
		const { js } = compile(sources[`../${name}/Figure.svelte`], {
			generate: 'client',
			filename: `${name}/Figure.svelte`
		});
		expect(gzipSync(js.code).length).toBeLessThan(3072);
	});
});

describe('the open-data scene', () => {
	it('labels each agglomeration with its name and population, computed at build time', () => {
		const { svg } = fakeSvg(renderFigure('agglomerations', 'fr'));
		const labels = select(svg, '.agglomerations__label').map(textOf);
		openData.agglomerations.forEach((a, i) => {
			expect(labels[i].replace(/ /g, '')).toContain(a.label.replace(/ /g, ''));
			expect(labels[i]).toContain(plain(formatInteger(a.population, 'fr')));
		});
	});

	it('writes numbers the English way in English', () => {
		const { svg } = fakeSvg(renderFigure('agglomerations', 'en'));
		expect(textOf(svg)).toContain(`${formatInteger(openData.totals.population, 'en')} inhabitants`);
		expect(textOf(svg)).toContain('1,212,037');
	});
});
