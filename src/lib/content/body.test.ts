import { describe, expect, it } from 'vitest';
import { groupSteps, parseBody } from './body';

const FILE = 'stories/fr/03-x.md';
const parse = (source: string, base = '') => parseBody(source, { file: FILE, firstLine: 12, base });
const html = (source: string) => {
	const { blocks, problems } = parse(source);
	expect(problems).toEqual([]);
	return blocks.map((b) => b.html).join('\n');
};

describe('a chapter body is text', () => {
	it('shows braces as written', () => {
		expect(html('La formule {1+1} et {typeof window} restent du texte.')).toBe(
			'<p>La formule {1+1} et {typeof window} restent du texte.</p>'
		);
	});

	it('shows a writer’s <, > and & as written', () => {
		expect(html('Il y avait moins de <10 participants, et 3 > 2 & 1.')).toBe(
			'<p>Il y avait moins de &lt;10 participants, et 3 &gt; 2 &amp; 1.</p>'
		);
	});

	it('keeps emoji, no-break spaces and guillemets as they are', () => {
		const text = 'Un « paysage\u00a0vivant » 🌱 : 1\u202f212\u202f037 habitants.';
		expect(html(text)).toBe(`<p>${text}</p>`);
	});

	it('renders emphasis, lists, quotations and safe links', () => {
		expect(html('*Ambition* et **partagée**.')).toBe(
			'<p><em>Ambition</em> et <strong>partagée</strong>.</p>'
		);
		expect(html('- un\n- deux')).toBe('<ul>\n<li>un</li>\n<li>deux</li>\n</ul>');
		expect(html('> « Une citation »')).toBe('<blockquote>\n<p>« Une citation »</p>\n</blockquote>');
		expect(html('[UNESCO](https://whc.unesco.org/) et [écrire](mailto:a@b.fr)')).toBe(
			'<p><a href="https://whc.unesco.org/">UNESCO</a> et <a href="mailto:a@b.fr">écrire</a></p>'
		);
	});

	it('marks « » quotations in an English body as French, and only there', () => {
		const source = 'Inscribed as a « Paysage culturel évolutif vivant », a “living” landscape.';
		const en = parseBody(source, { file: 'stories/en/13-x.md', lang: 'en' });
		expect(en.blocks[0].html).toBe(
			'<p>Inscribed as a <span lang="fr">« Paysage culturel évolutif vivant »</span>, a “living” landscape.</p>'
		);
		expect(html('Un « paysage vivant ».')).toBe('<p>Un « paysage vivant ».</p>');
		// A quotation across an emphasis is left alone rather than cut into unbalanced tags.
		const across = parseBody('« Une *ambition* » partagée', {
			file: 'stories/en/04-x.md',
			lang: 'en'
		});
		expect(across.blocks[0].html).toBe('<p>« Une <em>ambition</em> » partagée</p>');
	});

	it('prefixes links to the site’s own pages with the deploy sub-path', () => {
		const { blocks } = parse('[Le 9-9bis](/chapitres/le-9-9bis/)', '/histoire');
		expect(blocks[0].html).toBe('<p><a href="/histoire/chapitres/le-9-9bis/">Le 9-9bis</a></p>');
	});
});

describe('what a body may not contain, with its line', () => {
	const problems = (source: string) => parse(source).problems;

	it('refuses template blocks and tags', () => {
		expect(problems('Avant.\n\n{#each [1,2] as x}<b>{x}</b>{/each}')).toEqual([
			expect.stringMatching(/^stories\/fr\/03-x\.md:14: found "\{#each \[1,2\] as x\}"/),
			expect.stringMatching(/^stories\/fr\/03-x\.md:14: found HTML "<b>"/),
			expect.stringMatching(/^stories\/fr\/03-x\.md:14: found HTML "<\/b>"/),
			expect.stringMatching(/^stories\/fr\/03-x\.md:14: found "\{\/each\}"/)
		]);
		expect(problems('Un {@html "<b>"} ici.')[0]).toMatch(/:12: found "\{@html /);
	});

	it('refuses scripts and styles, and names what to write instead', () => {
		expect(problems('<script>alert(1)</script>')).toEqual([
			'stories/fr/03-x.md:12: found HTML "<script>alert(1)</script>": a chapter is plain text; for emphasis write *italics* or **bold**, and to show a < write it with a space after it'
		]);
		expect(problems('Texte.\n\n<style>p { color: red }</style>')[0]).toMatch(
			/^stories\/fr\/03-x\.md:14: found HTML "<style>/
		);
	});

	it('refuses HTML inside a paragraph, handlers and all', () => {
		expect(problems('Une image <img src=x onerror="alert(1)"> ici.')[0]).toMatch(
			/:12: found HTML "<img src=x onerror="alert\(1\)">"/
		);
		expect(
			problems('Une ligne,\npuis <img src="/favicon.png" alt="" onload={() => 1}>.')[0]
		).toMatch(/:13: found HTML "<img src="\/favicon\.png"/);
	});

	it('refuses links other than the web, e-mail and the site’s own paths', () => {
		for (const href of [
			'javascript:alert(1)',
			'JaVaScRiPt:alert(1)',
			'data:text/html,x',
			'//evil.example/',
			'vbscript:x',
			'chapitres/x/'
		]) {
			expect(problems(`[clic](${href})`), href).toEqual([
				expect.stringMatching(
					/^stories\/fr\/03-x\.md:12: found a link to ".+": links may only go to https:, http:, mailto: or the site’s own paths \(starting with \/\)$/
				)
			]);
		}
		expect(problems('[clic](https://example.org/) [ici](/presse/) [là](#recit)')).toEqual([]);
	});

	it('refuses images, headings, code blocks and rules', () => {
		expect(problems('![un puits](puits.jpg)')[0]).toMatch(/found an image .+pictures list/);
		expect(problems('## Un titre')[0]).toMatch(/:12: found a heading/);
		expect(problems('Texte.\n\n    indenté')[0]).toMatch(
			/:14: found a code block \(a line indented/
		);
		expect(problems('```\ncode\n```')[0]).toMatch(/:12: found a code block \(```\)/);
		expect(problems('Un.\n\n---\n\nDeux.')[0]).toMatch(/:14: found a rule/);
	});

	it('refuses an empty body', () => {
		expect(problems('\n\n  \n')).toEqual([
			'stories/fr/03-x.md:12: the chapter has no text: write at least one paragraph after the frontmatter'
		]);
	});
});

describe('steps', () => {
	it('puts consecutive paragraphs of the same state into one step', () => {
		const { blocks } = parse('Un.\n\nDeux.\n\nTrois.');
		expect(groupSteps(blocks, [0, 0, 2])).toEqual([
			{ state: 0, html: '<p>Un.</p>\n<p>Deux.</p>' },
			{ state: 2, html: '<p>Trois.</p>' }
		]);
	});
});
