import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SCENE_NAMES } from '$lib/content/scenes';
import { hasScene, loadAnimation, loadFigure, markupOf } from './registry';

const here = fileURLToPath(new URL('.', import.meta.url));
// `shared/` holds what several scenes draw with (basemap, geometry); it is not a scene.
const folders = readdirSync(here).filter(
	(name) => name !== 'shared' && statSync(`${here}/${name}`).isDirectory()
);
const known: readonly string[] = SCENE_NAMES;

describe('scene registry', () => {
	it('has a folder only for scene names the content checks know', () => {
		expect(folders.filter((name) => !known.includes(name))).toEqual([]);
	});

	it('finds both a Figure and an animation in every scene folder', () => {
		for (const name of folders) {
			expect(existsSync(`${here}/${name}/Figure.svelte`), `${name}/Figure.svelte`).toBe(true);
			expect(existsSync(`${here}/${name}/animate.ts`), `${name}/animate.ts`).toBe(true);
			expect(hasScene(name)).toBe(true);
			expect(loadFigure(name)).toBeInstanceOf(Promise);
			expect(loadAnimation(name)).toBeInstanceOf(Promise);
		}
	});

	it('answers "no scene" for a name without a folder instead of failing', () => {
		expect(hasScene('no-such-scene')).toBe(false);
		expect(loadFigure('no-such-scene')).toBeUndefined();
		expect(loadAnimation('no-such-scene')).toBeUndefined();
		expect(markupOf('no-such-scene', 'fr')).toBe('');
	});

	it('draws every scene a chapter may name', () => {
		expect(known.filter((name) => !folders.includes(name))).toEqual([]);
		expect(known.filter((name) => !hasScene(name))).toEqual([]);
	});

	it('renders every Figure on the server as a 400 × 300 hidden drawing, in both languages', () => {
		for (const name of folders) {
			for (const lang of ['fr', 'en'] as const) {
				const markup = markupOf(name, lang);
				const svg = /<svg\b[^>]*>/.exec(markup)?.[0] ?? '';
				expect(svg, `${name} (${lang})`).toContain('viewBox="0 0 400 300"');
				expect(svg, `${name} (${lang})`).toContain('aria-hidden="true"');
				expect(svg, `${name} (${lang})`).toContain('class="scene-svg"');
			}
		}
	});

	it('carries a Figure’s own styles inside its svg, since its code is not on the page', () => {
		const markup = markupOf('terrils', 'fr');
		expect(markup).toMatch(/^(<!--[^>]*-->)*<svg\b[^>]*><style\b/);
		expect(markup).toContain('@keyframes');
	});
});
