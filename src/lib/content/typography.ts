/**
 * The typography the site promises, as a check over text: ordinals set with
 * superscript letters (1ᵉʳ, 36ᵉ, never « 1er », « 36e »), curly apostrophes
 * and quotes in both languages, and in French a no-break space (U+00A0 or the
 * narrow U+202F) before « : ; ! ? » and inside « ». Pure: `visibleText` reads
 * a built page's HTML, `typographyProblems` judges a text in its language.
 * `tests/typography.spec.ts` runs both over every page of the build.
 */

/** A stretch of text a reader sees (or hears, for `alt` and `aria-label`), in its language. */
export interface TextRun {
	lang: string;
	text: string;
}

const VOID = new Set([
	'area',
	'base',
	'br',
	'col',
	'embed',
	'hr',
	'img',
	'input',
	'link',
	'meta',
	'source',
	'track',
	'wbr'
]);

/** Elements whose text runs on inside a line; any other tag ends a run. */
const INLINE = new Set([
	'a',
	'abbr',
	'b',
	'cite',
	'code',
	'em',
	'i',
	'kbd',
	'mark',
	'q',
	's',
	'small',
	'span',
	'strong',
	'sub',
	'sup',
	'time',
	'tspan',
	'u'
]);

/**
 * Raw-text elements: their content is code or data, not text. A `textarea`
 * holds the code the « Intégrer » / "Embed" panel gives, HTML with its
 * straight quotes, copied as written.
 */
const RAW = new Set(['script', 'style', 'template', 'noscript', 'textarea']);

/** Attributes read aloud or shown as text. */
const TEXT_ATTRIBUTES = ['alt', 'aria-label', 'title', 'placeholder'];

/** Meta tags whose content is the page's own prose (link previews, search results). */
const TEXT_META = new Set([
	'description',
	'og:title',
	'og:description',
	'og:image:alt',
	'twitter:title',
	'twitter:description',
	'twitter:image:alt'
]);

const NAMED: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
	rsquo: '’',
	lsquo: '‘',
	ldquo: '“',
	rdquo: '”',
	laquo: '«',
	raquo: '»',
	hellip: '…',
	ndash: '–',
	mdash: '—',
	times: '×',
	middot: '·'
};

/** Replaces character references (`&amp;`, `&#39;`, `&#x2019;`) with their characters. */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
		if (ref[0] === '#') {
			const code =
				ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
			return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
		}
		return NAMED[ref.toLowerCase()] ?? whole;
	});
}

function attributesOf(source: string): Record<string, string> {
	const attributes: Record<string, string> = {};
	for (const m of source.matchAll(
		/([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g
	)) {
		attributes[m[1].toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
	}
	return attributes;
}

/**
 * The text of an HTML page as a reader meets it, in runs tagged with the
 * language in force (`lang` of the nearest element that sets one): text
 * nodes, with scripts, styles and comments left out, plus the attributes and
 * meta descriptions that are read as text. Inline elements keep a line whole
 * (« Lieux », then « : » in the next element, stay one run).
 */
export function visibleText(html: string): TextRun[] {
	const runs: TextRun[] = [];
	const stack: { tag: string; lang: string }[] = [];
	let current: TextRun | null = null;
	const langNow = () => stack.at(-1)?.lang ?? '';
	const end = () => {
		if (current && current.text.trim()) runs.push(current);
		current = null;
	};
	const add = (text: string) => {
		const lang = langNow();
		if (current && current.lang !== lang) end();
		current ??= { lang, text: '' };
		current.text += text;
	};
	const source = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<!doctype[^>]*>/gi, '');
	const token = /<(\/?)([a-zA-Z][\w:-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>|([^<]+)|</g;
	let m: RegExpExecArray | null;
	while ((m = token.exec(source))) {
		const [, closing, rawTag, rawAttributes, text] = m;
		if (text !== undefined || !rawTag) {
			add(decodeEntities(text ?? '<'));
			continue;
		}
		const tag = rawTag.toLowerCase();
		if (closing) {
			if (!INLINE.has(tag)) end();
			const at = stack.map((e) => e.tag).lastIndexOf(tag);
			if (at >= 0) stack.length = at;
			continue;
		}
		const attributes = attributesOf(rawAttributes);
		const lang = attributes.lang ?? langNow();
		if (!INLINE.has(tag)) end();
		for (const name of TEXT_ATTRIBUTES) {
			if (attributes[name]?.trim()) runs.push({ lang, text: attributes[name] });
		}
		if (tag === 'meta' && TEXT_META.has(attributes.name ?? attributes.property ?? '')) {
			if (attributes.content?.trim()) runs.push({ lang, text: attributes.content });
		}
		if (RAW.has(tag)) {
			const close = source.toLowerCase().indexOf(`</${tag}`, token.lastIndex);
			token.lastIndex = close < 0 ? source.length : close;
			continue;
		}
		if (VOID.has(tag) || rawAttributes.trimEnd().endsWith('/')) continue;
		stack.push({ tag, lang });
	}
	end();
	return runs;
}

/** French ordinals written with plain letters: « 1er », « 2e », « 36ème », « 1re ». */
const PLAIN_ORDINAL =
	/(?<![\p{L}\p{N}.,])\p{N}+(?:er|re|ère|e|è|ème|eme|es|èmes)(?![\p{L}\p{N}])/gu;
const FRENCH_SPACE = /[\u00a0\u202f]/;

/** Addresses are not prose: `https://x.org/a?b`, `presse@x.org` keep their colons and signs. */
function withoutAddresses(text: string): string {
	return text
		.replace(/\b(?:https?:\/\/|mailto:|tel:)[^\s<>«»"“”]*/g, (url) => ' '.repeat(url.length))
		.replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, (email) => ' '.repeat(email.length));
}

function around(text: string, index: number, length = 1): string {
	const from = Math.max(0, index - 24);
	const to = Math.min(text.length, index + length + 24);
	return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`
		.replace(/\s*\n\s*/g, ' ')
		.replace(/\u00a0/g, '⍽')
		.replace(/\u202f/g, '⍽');
}

/**
 * What is wrong with a text's typography, one line a problem, quoting the
 * place (no-break spaces shown as ⍽). French rules apply when `lang` is `fr`.
 */
export function typographyProblems(text: string, lang: string): string[] {
	const problems: string[] = [];
	const clean = withoutAddresses(text);
	for (const m of clean.matchAll(PLAIN_ORDINAL)) {
		problems.push(
			`ordinal « ${m[0]} » not set with superscript letters: ${around(text, m.index, m[0].length)}`
		);
	}
	for (const m of clean.matchAll(/['"]/g)) {
		problems.push(`straight ${m[0] === "'" ? 'apostrophe' : 'quote'}: ${around(text, m.index)}`);
	}
	if (lang.split('-')[0] !== 'fr') return problems;
	for (const m of clean.matchAll(/[:;!?»]/g)) {
		const i = m.index;
		const before = clean[i - 1] ?? '';
		if (FRENCH_SPACE.test(before)) continue;
		// A run or a line that starts with the sign has nothing to space from.
		if (before === '' || before === '\n') continue;
		// « ?! », « !… »: the space goes before the first sign only.
		if (/[:;!?]/.test(before)) continue;
		// Times and ratios: 10:30, 16:9.
		if (m[0] === ':' && /\d/.test(before) && /\d/.test(clean[i + 1] ?? '')) continue;
		problems.push(`no no-break space before « ${m[0]} »: ${around(text, i)}`);
	}
	for (const m of clean.matchAll(/«/g)) {
		const after = clean[m.index + 1] ?? '';
		if (!FRENCH_SPACE.test(after))
			problems.push(`no no-break space after « « »: ${around(text, m.index)}`);
	}
	return problems;
}
