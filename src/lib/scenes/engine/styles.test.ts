import { describe, expect, it } from 'vitest';
import { sceneSvg } from '$lib/server/scenes';
import { SCENE_NAMES } from '../catalog';
import { splitStyles } from './styles';

describe('splitStyles', () => {
	it.each(SCENE_NAMES)('takes every <style> out of the %s file, and only that', (name) => {
		const file = sceneSvg(name, 'fr');
		const { markup, styles } = splitStyles(file);
		expect(markup).not.toMatch(/<\/?style\b/);
		expect(markup.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		expect(markup.endsWith('</svg>')).toBe(true);
		expect(styles.length).toBeGreaterThanOrEqual(1);
		expect(styles[0]).toMatch(/^svg\.scene-svg\{/);
		// Nothing else was removed: markup, rules and the style tags add up to the file.
		const tags = [...file.matchAll(/<\/?style\b[^>]*>/g)].map(([tag]) => tag).join('');
		expect(markup.length + styles.join('').length + tags.length).toBe(file.length);
	});

	it('reads the rules as an XML parser would', () => {
		const { styles } = splitStyles(
			'<svg><style id="a">a &gt; b{content:"&amp;"}</style><g/><style>c{}</style></svg>'
		);
		expect(styles).toEqual(['a > b{content:"&"}', 'c{}']);
	});
});
