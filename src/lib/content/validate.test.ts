import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStories } from './read-stories';
import { checkStories } from './vite-plugin';
import { isRealDate, parseStoryPath, StoryError, validateStories } from './validate';

const fixtures = join(import.meta.dirname, 'fixtures');

function check(tree: 'good' | 'bad') {
	const root = join(fixtures, tree);
	const read = readStories(root);
	const result = validateStories(read.stories, {
		pictureExists: (file) => existsSync(join(root, 'static', file))
	});
	return { read, ...result, all: [...read.problems, ...result.problems] };
}

describe('the chapter index on sound files', () => {
	it('derives slug, number and language from the file name', () => {
		const { chapters, all } = check('good');
		expect(all).toEqual([]);
		expect(chapters.map((c) => `${c.lang}/${c.number}/${c.slug}`)).toEqual([
			'en/1/beginning',
			'en/2/what-followed',
			'fr/1/debut',
			'fr/2/la-suite'
		]);
	});

	it('keeps every field of a chapter, typed', () => {
		const chapter = check('good').chapters.find((c) => c.slug === 'la-suite');
		expect(chapter).toMatchObject({
			title: 'La suite',
			date: '2002-01-17',
			precision: 'day',
			places: ['oignies'],
			scene: 'terrils',
			steps: ['landscape', 'question', 'story', 'world-heritage', 'extent'],
			pictures: []
		});
	});

	it('accepts the real stories of the site', () => {
		expect(checkStories(join(import.meta.dirname, '../../..'))).toEqual([]);
	});
});

describe('the chapter index on bad files', () => {
	const { all, chapters, read } = check('bad');
	const line = (file: string, field: string) =>
		all.filter((p) => p.startsWith(`stories/${file}: ${field}:`));

	it('names a missing field', () => {
		expect(line('fr/01-sans-titre.md', 'title')).toEqual([
			'stories/fr/01-sans-titre.md: title: is missing'
		]);
	});

	it('names an impossible date', () => {
		expect(line('fr/02-date-impossible.md', 'date')).toEqual([
			'stories/fr/02-date-impossible.md: date: "2013-02-30" is not a real date'
		]);
	});

	it('names an unknown scene and lists the known ones', () => {
		const [problem] = line('fr/03-scene-inconnue.md', 'scene');
		expect(problem).toMatch(/"fireworks" is not a known scene \(terrils, table-rase, /);
	});

	it('names a mistyped field', () => {
		expect(line('fr/04-mauvais-type.md', 'places')).toEqual([
			'stories/fr/04-mauvais-type.md: places: must be a list, not a string'
		]);
	});

	it('names a precision that does not exist', () => {
		expect(line('fr/05-precision.md', 'precision')).toEqual([
			'stories/fr/05-precision.md: precision: "yearly" is not one of day, month, year, before, after'
		]);
	});

	it('names a slug used twice', () => {
		expect(line('fr/08-doublon.md', 'file name')).toContain(
			'stories/fr/08-doublon.md: file name: slug "doublon" is also used by stories/fr/06-doublon.md'
		);
	});

	it('names a number out of sequence', () => {
		expect(line('fr/10-image.md', 'file name')).toContain(
			'stories/fr/10-image.md: file name: number 10 is out of sequence (expected 09)'
		);
	});

	it('names a picture without alt text and a picture file that does not exist', () => {
		expect(line('fr/10-image.md', 'pictures[0].alt')).toEqual([
			'stories/fr/10-image.md: pictures[0].alt: is empty'
		]);
		expect(line('fr/10-image.md', 'pictures[0].file')).toEqual([
			'stories/fr/10-image.md: pictures[0].file: static/pictures/absente.jpg does not exist'
		]);
	});

	it('names a chapter present in one language and not the other', () => {
		expect(line('fr/02-date-impossible.md', 'file name')).toEqual([
			'stories/fr/02-date-impossible.md: file name: chapter 02 has no en version in stories/en/'
		]);
	});

	it('names broken YAML instead of crashing', () => {
		expect(all.filter((p) => p.startsWith('stories/fr/11-yaml.md: frontmatter:'))).toHaveLength(1);
	});

	it('drops nothing silently: every file is either a chapter or named in a problem', () => {
		const files = [...read.stories.map((s) => s.file), 'stories/fr/11-yaml.md'];
		for (const file of files) {
			const kept = chapters.some((c) => c.file === file);
			const named = all.some((p) => p.startsWith(`${file}:`));
			expect(kept || named, file).toBe(true);
		}
		// Sound-looking files are still kept as chapters alongside the broken ones.
		expect(chapters.map((c) => c.file)).toContain('stories/fr/06-doublon.md');
	});

	it('names steps that are not the scene’s states, in its order', () => {
		expect(line('fr/13-etapes.md', 'steps[2]')).toEqual([
			'stories/fr/13-etapes.md: steps[2]: "people" comes after "tables": states go in the scene\'s order (hall, people, tables, speech)'
		]);
		expect(line('fr/13-etapes.md', 'steps[4]')).toEqual([
			'stories/fr/13-etapes.md: steps[4]: "tabels" is not a state of the scene (scene "crowd" has hall, people, tables, speech)'
		]);
	});

	it('names, with its line, what a body may not contain', () => {
		const body = all.filter((p) => p.startsWith('stories/fr/14-code.md:1'));
		expect(body).toEqual([
			expect.stringMatching(
				/^stories\/fr\/14-code\.md:15: found "\{#each \[1,2\] as x\}", which looks like template code/
			),
			expect.stringMatching(/^stories\/fr\/14-code\.md:15: found HTML "<b>"/),
			expect.stringMatching(/^stories\/fr\/14-code\.md:15: found HTML "<\/b>"/),
			expect.stringMatching(
				/^stories\/fr\/14-code\.md:15: found "\{\/each\}", which looks like template code/
			),
			expect.stringMatching(
				/^stories\/fr\/14-code\.md:17: found HTML "<script>alert\(1\)<\/script>"/
			),
			expect.stringMatching(
				/^stories\/fr\/14-code\.md:19: found a link to "javascript:alert\(1\)": links may only go to https:, http:, mailto: or the site’s own paths/
			)
		]);
	});

	it('refuses a chapter without text', () => {
		expect(all.filter((p) => /^stories\/fr\/15-vide\.md:\d/.test(p))).toEqual([
			'stories/fr/15-vide.md:12: the chapter has no text: write at least one paragraph after the frontmatter'
		]);
	});

	it('writes one line per problem, each naming file, field (or line) and reason', () => {
		for (const problem of all) {
			expect(problem).toMatch(/^stories\/\w+\/[^:]+\.md(: [^:]+|:\d+): .+$/);
		}
		expect(new StoryError(all).message.split('\n')).toHaveLength(all.length + 1);
	});
});

describe('steps and paragraphs', () => {
	const story = (steps: unknown, body: string) => ({
		file: 'stories/fr/01-x.md',
		data: {
			title: 'Titre',
			short: 'Court',
			date: '1996',
			precision: 'year',
			summary: 'Un résumé assez long pour passer la limite basse de cinquante caractères.',
			places: [],
			scene: 'crowd',
			steps,
			pictures: []
		},
		body,
		bodyLine: 12
	});
	const problemsOf = (steps: unknown, body: string) =>
		validateStories([story(steps, body)]).problems.filter((p) => !p.includes('has no en version'));

	it('groups paragraphs into steps, a repeated state keeping the picture', () => {
		const { bodies, problems } = validateStories([
			story(
				['hall', 'people', 'people', 'tables', 'speech'],
				'Un.\n\nDeux.\n\nTrois.\n\nQuatre.\n\nCinq.'
			)
		]);
		expect(problems.filter((p) => !p.includes('has no en version'))).toEqual([]);
		expect(bodies.get('stories/fr/01-x.md')).toEqual([
			{ state: 0, html: '<p>Un.</p>' },
			{ state: 1, html: '<p>Deux.</p>\n<p>Trois.</p>' },
			{ state: 2, html: '<p>Quatre.</p>' },
			{ state: 3, html: '<p>Cinq.</p>' }
		]);
	});

	it('says when the chapter has fewer paragraphs than the scene has states', () => {
		expect(problemsOf(['hall', 'people', 'tables'], 'Un.\n\nDeux.\n\nTrois.')).toEqual([
			'stories/fr/01-x.md: steps: ends before "speech": every state of the scene must be shown, the last one by the last paragraph (hall, people, tables, speech)',
			'stories/fr/01-x.md: steps: scene "crowd" has 4 states but the chapter has 3 paragraphs: every state needs a paragraph of its own; split a paragraph in two, or give the scene fewer states'
		]);
	});

	it('wants one state a paragraph', () => {
		expect(
			problemsOf(
				['hall', 'people', 'tables', 'speech'],
				'Un.\n\nDeux.\n\nTrois.\n\nQuatre.\n\nCinq.'
			)
		).toEqual([
			'stories/fr/01-x.md: steps: names 4 states for 5 paragraphs: give one state a paragraph (repeat a state to keep it over several)'
		]);
	});

	it('wants every state shown, in order, the last one at the end', () => {
		expect(
			problemsOf(['hall', 'tables', 'speech'], 'Un.\n\nDeux.\n\nTrois.\n\nQuatre.').slice(0, 1)
		).toEqual([
			'stories/fr/01-x.md: steps[1]: "tables" skips "people": every state of the scene must be shown, in order (hall, people, tables, speech)'
		]);
		expect(
			problemsOf(['hall', 'people', 'tables', 'tables'], 'Un.\n\nDeux.\n\nTrois.\n\nQuatre.')
		).toEqual([
			'stories/fr/01-x.md: steps: ends before "speech": every state of the scene must be shown, the last one by the last paragraph (hall, people, tables, speech)'
		]);
	});

	it('wants the list, and says which states there are', () => {
		const four = 'Un.\n\nDeux.\n\nTrois.\n\nQuatre.';
		expect(problemsOf(undefined, four)).toEqual([
			'stories/fr/01-x.md: steps: is missing: name the state each paragraph shows, in order (scene "crowd" has hall, people, tables, speech)'
		]);
		expect(problemsOf('hall', four)).toEqual([
			'stories/fr/01-x.md: steps: must be a list of state names, one a paragraph (scene "crowd" has hall, people, tables, speech)'
		]);
	});
});

describe('dates and file names', () => {
	it('knows which calendar dates exist', () => {
		expect(isRealDate('2012-06-30')).toBe(true);
		expect(isRealDate('2012-02-29')).toBe(true);
		expect(isRealDate('2013-02-29')).toBe(false);
		expect(isRealDate('1998-13')).toBe(false);
		expect(isRealDate('1998-00')).toBe(false);
	});

	it('refuses file names without a two-digit prefix', () => {
		expect(parseStoryPath('stories/fr/3-x.md')).toHaveProperty('problem');
		expect(parseStoryPath('stories/de/03-x.md')).toHaveProperty('problem');
		expect(parseStoryPath('stories/fr/03-Le_9.md')).toHaveProperty('problem');
		expect(parseStoryPath('stories/fr/03-le-9-9bis.md')).toEqual({
			lang: 'fr',
			number: 3,
			slug: 'le-9-9bis'
		});
	});

	it('reports an empty stories folder', () => {
		expect(validateStories([]).problems).toEqual([
			'stories/: no chapter found (expected stories/fr/01-….md)'
		]);
	});
});
