import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { strings } from '$lib/i18n';
import { kioskStrings } from '$lib/i18n/kiosk';
import { KEY_FIGURES } from '$lib/press/figures';
import { GLOSSARY, glossaryViolations, parseGlossary, rulesOf } from './glossary';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** Every string in a value: strings as they are, functions called with a stand-in argument. */
function textsOf(value: unknown, path: string): { where: string; text: string }[] {
	if (typeof value === 'string') return [{ where: path, text: value }];
	if (typeof value === 'function') {
		const stand = 'X';
		return textsOf((value as (...args: unknown[]) => unknown)(stand, stand, stand), `${path}()`);
	}
	if (value && typeof value === 'object') {
		return Object.entries(value).flatMap(([key, inner]) => textsOf(inner, `${path}.${key}`));
	}
	return [];
}

/** The English chapters: title, short title, summary and body of each file. */
function englishChapters(): { where: string; text: string }[] {
	const dir = join(ROOT, 'stories', 'en');
	return readdirSync(dir)
		.filter((name) => name.endsWith('.md'))
		.sort()
		.flatMap((name) => {
			const source = readFileSync(join(dir, name), 'utf8');
			const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
			if (!match) return [{ where: `stories/en/${name}`, text: source }];
			const data = parse(match[1]) as Record<string, unknown>;
			return [
				...['title', 'short', 'summary'].map((field) => ({
					where: `stories/en/${name}: ${field}`,
					text: String(data[field] ?? '')
				})),
				{ where: `stories/en/${name}: body`, text: match[2] }
			];
		});
}

/** Every scene's English labels (`src/lib/scenes/<name>/labels.ts`). */
const sceneLabels = Object.entries(
	import.meta.glob<Record<string, unknown>>(['../scenes/*/labels.ts', '!../scenes/shared/*'], {
		eager: true,
		import: 'default'
	})
).flatMap(([path, labels]) => textsOf(labels.en, `src/lib/scenes/${path.slice(10)} en`));

/**
 * Every English text a reader meets: the chapters, the interface, the
 * scenes' labels, the key figures. Add new English texts here to hold them to
 * the glossary too.
 */
const ENGLISH_TEXTS: { where: string; text: string }[] = [
	...englishChapters(),
	...sceneLabels,
	...textsOf(strings.en, 'src/lib/i18n/index.ts strings.en'),
	...textsOf(kioskStrings.en, 'src/lib/i18n/kiosk.ts kioskStrings.en'),
	...textsOf(KEY_FIGURES.en, 'src/lib/press/figures.ts KEY_FIGURES.en')
];

describe('the glossary (stories/glossary.md)', () => {
	it('is read as a table of terms, each with its one rendering', () => {
		expect(GLOSSARY.length).toBeGreaterThan(30);
		const terrils = GLOSSARY.find((entry) => entry.french === 'terril');
		expect(terrils?.english).toBe('spoil tip');
		expect(terrils?.ruledOut).toContain('slag heap');
	});

	it('names each French term once', () => {
		const terms = GLOSSARY.map((entry) => entry.french);
		expect(terms.filter((term, i) => terms.indexOf(term) !== i)).toEqual([]);
	});

	it('does not rule out its own renderings', () => {
		const problems = GLOSSARY.flatMap((entry) =>
			glossaryViolations(entry.english).map((v) => `${entry.french}: ${v}`)
		);
		expect(problems).toEqual([]);
	});

	it('stops on a table it cannot read rather than check nothing', () => {
		expect(() => parseGlossary('# No table here')).toThrow(/no table/);
		expect(() =>
			parseGlossary(
				'| Français | English | Ruled out | Note |\n| --- | --- | --- | --- |\n| a | b |'
			)
		).toThrow(/line 3/);
	});
});

describe('glossaryViolations', () => {
	it('finds a ruled-out rendering, whatever its case, hyphen, apostrophe or plural', () => {
		expect(glossaryViolations('A slag heap rose above the town.')).toHaveLength(1);
		expect(glossaryViolations('Slag-heaps and slagheaps')).toHaveLength(2);
		expect(glossaryViolations('two mining cities')).toHaveLength(1);
		expect(glossaryViolations('the miners’ city')).toHaveLength(1);
		expect(glossaryViolations('the Territory’s future')[0]).toMatch(
			/« Territory » \(ruled out: `territory`; territoire →/
		);
	});

	it('matches whole words only', () => {
		expect(glossaryViolations('They forbid nothing; the Région Hauts-de-France')).toEqual([]);
	});

	it('takes any set of rules', () => {
		const rules = rulesOf(
			parseGlossary(
				'| Français | English | Ruled out | Note |\n| --- | --- | --- | --- |\n| x | y | `foo bar` | |'
			)
		);
		expect(glossaryViolations('a foo bar, a foo-bar', rules)).toHaveLength(2);
		expect(glossaryViolations('a slag heap', rules)).toEqual([]);
	});
});

describe('the English texts keep to the glossary', () => {
	it('covers the chapters, the interface, the kiosk and the press figures', () => {
		expect(ENGLISH_TEXTS.filter((t) => t.where.startsWith('stories/en/')).length).toBe(16 * 4);
		expect(ENGLISH_TEXTS.some((t) => t.where.includes('kioskStrings'))).toBe(true);
		expect(ENGLISH_TEXTS.some((t) => t.where.includes('KEY_FIGURES'))).toBe(true);
		expect(
			ENGLISH_TEXTS.filter((t) => t.where.startsWith('src/lib/scenes/')).length
		).toBeGreaterThan(100);
	});

	for (const { where, text } of ENGLISH_TEXTS) {
		it(where, () => {
			expect(glossaryViolations(text)).toEqual([]);
		});
	}
});
