/**
 * The scene contract, for every scene in the catalog (and every folder here
 * that is a scene): states, labels, the drawing's frame and its marks. What
 * each scene says, state by state, is checked in its own folder's test.
 */
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { LANGS } from '$lib/i18n/lang';
import { SCENES, SCENE_NAMES, type SceneName } from './catalog';
import { readMarks, shownIn } from './engine/marks';
import { stringsOf, wordingProblems } from './shared/chapter-text';
import { drawScene, textsIn } from './shared/inspect';
import { EFFECTS } from './shared/states';
import { select } from './shared/svg-tree';

const here = import.meta.dirname;
const folders = readdirSync(here, { withFileTypes: true })
	.filter((entry) => entry.isDirectory() && existsSync(join(here, entry.name, 'scene.ts')))
	.map((entry) => entry.name)
	.sort();

const labels = import.meta.glob<Record<string, unknown>>('./*/labels.ts', {
	eager: true,
	import: 'default'
});

/** The keys of a labels object, nested keys as `a.b`. */
function keysOf(value: unknown, prefix = ''): string[] {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix];
	return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, `${prefix}${key}.`));
}

describe('the scene catalog', () => {
	it('names every scene folder, and only those', () => {
		expect([...SCENE_NAMES].sort()).toEqual(folders);
	});

	it('has at least 48 states across the scenes', () => {
		const states = SCENE_NAMES.reduce((sum, name) => sum + SCENES[name].states.length, 0);
		expect(states).toBeGreaterThanOrEqual(48);
	});
});

describe.each(SCENE_NAMES)('scene %s', (name: SceneName) => {
	const { states, holdSeconds } = SCENES[name];

	it('declares at least three named states and a kiosk hold time', () => {
		expect(states.length).toBeGreaterThanOrEqual(3);
		for (const state of states) expect(state).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
		expect(holdSeconds).toBeGreaterThanOrEqual(2);
		expect(holdSeconds).toBeLessThanOrEqual(8);
	});

	it('has its words in every language, with the same keys', () => {
		const words = labels[`./${name}/labels.ts`];
		expect(words, `${name}/labels.ts`).toBeDefined();
		const [first, ...others] = LANGS.map((lang) => keysOf(words[lang]).sort());
		expect(first.length).toBeGreaterThan(0);
		for (const keys of others) expect(keys).toEqual(first);
	});

	// The site's typography (no-break spaces before « : ; ! ? » and inside « »
	// in French, curly apostrophes, ordinals) and, in English, the glossary.
	it.each(LANGS)('keeps its words to the site’s typography and glossary (%s)', (lang) => {
		const words = labels[`./${name}/labels.ts`];
		expect(wordingProblems(stringsOf(words[lang]), lang)).toEqual([]);
	});

	it.each(LANGS)('draws one 400 × 300 svg with nothing missing (%s)', (lang) => {
		const { markup } = drawScene(name, lang);
		// `scene-svg`, and `scene-svg--haloed` for words laid over a map (see the README).
		expect(markup).toMatch(
			/^<svg viewBox="0 0 400 300" class="scene-svg( scene-svg--haloed)?"[ >]/
		);
		expect(markup).not.toMatch(/undefined|NaN|\[object/);
	});

	it('marks its parts with states it has and effects the engine knows', () => {
		const { svg } = drawScene(name, 'fr');
		const marks = readMarks(select(svg, '*'));
		expect(marks.length).toBeGreaterThan(0);
		for (const mark of marks) {
			const where = `<${mark.element.tag} class="${mark.element.classes.join(' ')}">`;
			expect(mark.enters, where).toBeGreaterThanOrEqual(0);
			expect(mark.enters, where).toBeLessThan(states.length);
			if (Number.isFinite(mark.leaves)) {
				expect(mark.leaves, where).toBeGreaterThan(mark.enters);
				expect(mark.leaves, where).toBeLessThan(states.length);
			}
			expect(EFFECTS, where).toContain(mark.effect);
			if (mark.delay !== undefined) {
				expect(mark.delay, where).toBeGreaterThanOrEqual(0);
				expect(mark.delay, where).toBeLessThanOrEqual(1);
			}
			// gsap writes the transform of what it moves: a transform of the drawing's own would be lost.
			expect(mark.element.hasAttribute('transform'), `${where} has a transform`).toBe(false);
			if (mark.effect === 'draw') {
				const strokes = [mark.element, ...select(mark.element, '*')].filter((n) =>
					n.hasAttribute('pathLength')
				);
				expect(strokes.length, `${where} draws no pathLength="1" stroke`).toBeGreaterThan(0);
			}
		}
	});

	it('changes its picture at every state', () => {
		const { svg } = drawScene(name, 'fr');
		const marks = readMarks(select(svg, '*'));
		for (let state = 1; state < states.length; state++) {
			const changes = marks.filter((mark) => shownIn(mark, state) !== shownIn(mark, state - 1));
			expect(changes.length, `nothing changes into "${states[state]}"`).toBeGreaterThan(0);
		}
	});

	it.each(LANGS)('labels every state with some text (%s)', (lang) => {
		const scene = drawScene(name, lang);
		for (const state of states) expect(textsIn(scene, state).length, state).toBeGreaterThan(0);
	});

	it('stays a small file (under 16 KB compressed)', () => {
		expect(gzipSync(drawScene(name, 'fr').markup).length).toBeLessThan(16 * 1024);
	});
});
