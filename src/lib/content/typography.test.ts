import { describe, expect, it } from 'vitest';
import { decodeEntities, typographyProblems, visibleText } from './typography';

const NB = '\u00a0';

describe('visibleText', () => {
	it('keeps text, drops scripts, styles and comments, and tags each run with its language', () => {
		const html = `<!doctype html><html lang="fr"><head><title>Titre</title>
			<style>a::after { content: ' : '; }</style>
			<meta name="description" content="Résumé d&#39;un chapitre">
			<script type="application/ld+json">{"a": "b : c"}</script></head>
			<body><!--[--><p>Lieux<span>${NB}:</span> Wingles</p>
			<a href="/en/" lang="en">English <b>now</b></a><img alt="Dessin d’un terril"><p>Fin</p></body></html>`;
		expect(visibleText(html)).toEqual([
			{ lang: 'fr', text: 'Titre' },
			{ lang: 'fr', text: "Résumé d'un chapitre" },
			{ lang: 'fr', text: `Lieux${NB}: Wingles` },
			{ lang: 'en', text: 'English now' },
			{ lang: 'fr', text: 'Dessin d’un terril' },
			{ lang: 'fr', text: 'Fin' }
		]);
	});

	it('reads SVG labels and self-closing elements without losing its place', () => {
		const html = `<html lang="en"><svg><path d="M0 0"/><text>36th session</text></svg><p>After</p></html>`;
		expect(visibleText(html).map((r) => r.text)).toEqual(['36th session', 'After']);
	});

	it('leaves out the code a field holds (the embed panel’s HTML, straight quotes and all)', () => {
		const html = `<html lang="fr"><p>Code à coller</p><textarea>&lt;iframe src="x" title='y'&gt;</textarea><p>Fin</p></html>`;
		expect(visibleText(html).map((r) => r.text)).toEqual(['Code à coller', 'Fin']);
	});

	it('decodes character references', () => {
		expect(decodeEntities('a&nbsp;: l&#39;x &#x2019; &amp; &laquo;')).toBe(`a${NB}: l'x ’ & «`);
	});
});

describe('typographyProblems', () => {
	it('accepts good French and good English', () => {
		expect(
			typographyProblems(
				`Le 1ᵉʳ janvier 2013${NB}: la 36ᵉ session${NB}? «${NB}Paysage${NB}» à 10:30, https://x.org/a?b=c:d, presse@x.org`,
				'fr'
			)
		).toEqual([]);
		expect(typographyProblems('It’s the 36th session: “Act II”? Yes!', 'en')).toEqual([]);
	});

	it('finds plain ordinals in either language', () => {
		expect(typographyProblems(`le 1er janvier`, 'fr')).toHaveLength(1);
		expect(typographyProblems(`la 36e session`, 'en')).toHaveLength(1);
		expect(typographyProblems(`le 2ème, la 1re, le 3eme`, 'fr')).toHaveLength(3);
		expect(typographyProblems(`le 9-9bis, 120 km, 2e3`, 'fr')).toEqual([]);
	});

	it('finds straight apostrophes and quotes', () => {
		expect(typographyProblems(`l'après-mines`, 'fr')[0]).toMatch(/straight apostrophe/);
		expect(typographyProblems(`the basin's "future"`, 'en')).toHaveLength(3);
	});

	it('finds a French colon, semicolon, mark or guillemet without its no-break space', () => {
		expect(typographyProblems('Lieux : Wingles', 'fr')[0]).toMatch(/before « : »/);
		expect(typographyProblems('Lieux: Wingles; Carvin! Oui? « mot »', 'fr')).toHaveLength(6);
		expect(typographyProblems('Places: Wingles; Carvin! Yes?', 'en')).toEqual([]);
	});
});
