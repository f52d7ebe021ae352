/**
 * The editors’ glossary (`stories/glossary.md`): one English rendering for
 * each French term, and the renderings the English must not use. Pure: the
 * table is read as text (Vite’s `?raw`), so the same check runs in unit tests
 * and anywhere else a text needs judging. `glossary.test.ts` runs it over the
 * English chapters and interface strings; add any new English text there.
 */
import GLOSSARY_MARKDOWN from '../../../stories/glossary.md?raw';

export interface GlossaryEntry {
	/** The French term, as the first column writes it. */
	french: string;
	/** The one English rendering. */
	english: string;
	/** Phrases the English must not use. */
	ruledOut: string[];
	note: string;
}

/** ’ and ', – and - read alike; no-break spaces are spaces. */
function normalise(text: string): string {
	return text
		.replace(/[’‘ʼ]/g, "'")
		.replace(/[‐‑–—]/g, '-')
		.replace(/[\u00a0\u202f]/g, ' ');
}

function cells(line: string): string[] {
	return line
		.trim()
		.replace(/^\|/, '')
		.replace(/\|$/, '')
		.split('|')
		.map((cell) => cell.trim());
}

/**
 * The rows of the glossary’s table: the first Markdown table whose header
 * starts « Français | English | Ruled out ». Throws, with the line, on a row
 * that does not have four cells, so a broken table cannot silently check nothing.
 */
export function parseGlossary(markdown: string): GlossaryEntry[] {
	const lines = markdown.split(/\r?\n/);
	const header = lines.findIndex((line) =>
		/^\|\s*Français\s*\|\s*English\s*\|\s*Ruled out\s*\|\s*Note\s*\|\s*$/.test(line)
	);
	if (header < 0)
		throw new Error('glossary: no table headed | Français | English | Ruled out | Note |');
	const entries: GlossaryEntry[] = [];
	for (let i = header + 2; i < lines.length && lines[i].trim().startsWith('|'); i++) {
		const row = cells(lines[i]);
		if (row.length !== 4 || !row[0] || !row[1]) {
			throw new Error(
				`glossary: line ${i + 1}: a row needs four cells and a French and English term`
			);
		}
		const [french, english, ruled, note] = row;
		const ruledOut = [...ruled.matchAll(/`([^`]+)`/g)].map((m) => m[1].trim()).filter(Boolean);
		entries.push({ french, english, ruledOut, note });
	}
	if (!entries.length) throw new Error('glossary: the table has no rows');
	return entries;
}

/** A pattern for a ruled-out phrase: whole words, any case, a space matching a space, a hyphen or nothing, plural -s / -es. */
function patternOf(phrase: string): RegExp {
	const words = normalise(phrase)
		.split(/[\s-]+/)
		.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	return new RegExp(
		`(?<![\\p{L}\\p{N}])${words.join('[\\s-]{0,3}')}(?:s|es)?(?![\\p{L}\\p{N}])`,
		'giu'
	);
}

export interface GlossaryRule {
	entry: GlossaryEntry;
	phrase: string;
	pattern: RegExp;
}

/** Every ruled-out phrase of a glossary as a rule. */
export function rulesOf(entries: GlossaryEntry[]): GlossaryRule[] {
	return entries.flatMap((entry) =>
		entry.ruledOut.map((phrase) => ({ entry, phrase, pattern: patternOf(phrase) }))
	);
}

/** The project’s glossary, from `stories/glossary.md`. */
export const GLOSSARY: GlossaryEntry[] = parseGlossary(GLOSSARY_MARKDOWN);
const RULES = rulesOf(GLOSSARY);

/**
 * Where an English text uses a rendering the glossary rules out, one line
 * each: the words found, the French term and the rendering to use, and the
 * words around it. An empty list means the text keeps to the glossary.
 */
export function glossaryViolations(text: string, rules: GlossaryRule[] = RULES): string[] {
	const clean = normalise(text);
	const found: string[] = [];
	for (const { entry, phrase, pattern } of rules) {
		for (const m of clean.matchAll(pattern)) {
			const from = Math.max(0, m.index - 30);
			const to = Math.min(clean.length, m.index + m[0].length + 30);
			const context = clean.slice(from, to).replace(/\s+/g, ' ').trim();
			found.push(
				`« ${m[0]} » (ruled out: \`${phrase}\`; ${entry.french} → ${entry.english}): …${context}…`
			);
		}
	}
	return found;
}
