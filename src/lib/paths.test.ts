import { describe, expect, it } from 'vitest';
import { paths } from './paths';

describe('paths.preview and paths.thumbnail', () => {
	it('puts chapters one folder below the page pictures, so no slug can take their name', () => {
		expect(paths.preview('fr', { kind: 'chapter', slug: 'presse' })).toBe(
			'/og/fr/chapitres/presse.png'
		);
		expect(paths.preview('fr', { kind: 'press' })).toBe('/og/fr/presse.png');
		expect(paths.preview('en', { kind: 'home' })).toBe('/og/en/accueil.png');
	});

	it('puts the smaller renditions in a folder of their own, apart from the link previews', () => {
		expect(paths.thumbnail('fr', 'le-9-9bis')).toBe('/og/fr/vignettes/le-9-9bis.png');
		expect(paths.thumbnail('en', 'le-9-9bis')).toBe('/og/en/vignettes/le-9-9bis.png');
	});
});
