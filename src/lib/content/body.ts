/**
 * A chapter's body: markdown, and nothing else. It is turned into HTML here,
 * at build time, by markdown-it, and never compiled as a program: what a
 * writer types can change how the text looks, never what the page does.
 *
 * Allowed: paragraphs, *italics*, **bold**, lists, quotations (`>`), line
 * breaks, and links to `https:`, `http:`, `mailto:` or the site's own paths
 * (`/chapitres/…/`). Braces, `<`, `>` and `&` in prose show as written.
 * Refused, with one line each naming file, line, what was found and what to
 * write instead: raw HTML (`<script>`, `<img …>`, `<b>`…), template syntax
 * (`{#each …}`, `{@html …}`), other links (`javascript:`…), images, headings,
 * code blocks, rules (`---`), and an empty body.
 *
 * Each top-level block (a paragraph, a list, a quotation) is one paragraph of
 * the chapter's steps: `groupSteps` wraps them as the frontmatter's `steps:`
 * list says, so the scene can follow the text.
 */
import MarkdownIt, { type Token } from 'markdown-it';

/** The markdown flavour: CommonMark, with raw HTML parsed only so that it can be refused. */
const md = new MarkdownIt('commonmark', { html: true, linkify: false, typographer: false });
// Links are checked below, with a message; markdown-it would drop a bad one silently.
md.validateLink = () => true;

/** Links a chapter may carry: the web, e-mail, and the site's own paths or anchors. */
const SAFE_LINK = /^(?:https?:\/\/|mailto:|\/(?!\/)|#)/i;
/** Template syntax of the page's framework, meaningless in prose. */
const TEMPLATE = /\{\s*[#/:@]/;
/**
 * A tag markdown did not take for HTML (an attribute it cannot read) is still
 * a tag the writer meant: refused all the same. `<10` or `< 10` is prose.
 */
const TAG_LIKE = /<\/?[a-z][\w-]*(?:\s[^<>]*)?>/i;
const HTML_ADVICE =
	'a chapter is plain text; for emphasis write *italics* or **bold**, and to show a < write it with a space after it';

const REFUSED_BLOCKS: Record<string, string> = {
	heading_open:
		'a heading (a line starting with #): the chapter’s title is in the frontmatter, and a body has no headings; remove the #',
	code_block:
		'a code block (a line indented by 4 spaces or more): remove the indentation at the start of the line',
	fence: 'a code block (```): write the text as a plain paragraph',
	hr: 'a rule (a line of ---, *** or ___): remove the line; paragraphs are separated by an empty line'
};

export interface Block {
	/** The block's HTML (a `<p>`, `<ul>`, `<blockquote>`…). */
	html: string;
	/** Its first line in the file (1-based), for messages. */
	line: number;
}

export interface BodyResult {
	blocks: Block[];
	problems: string[];
}

export interface BodyOptions {
	/** Path of the file, for messages (`stories/fr/03-….md`). */
	file: string;
	/** Line of the file on which the body starts (1-based), so messages give the file's own lines. */
	firstLine?: number;
	/** The deploy sub-path (`/histoire`), prefixed to links to the site's own paths. */
	base?: string;
	/**
	 * The body's language. In English, a quotation in « » is French (English
	 * quotes are “ ”): it is marked `lang="fr"`, so that screen readers read it
	 * in French (WCAG 3.1.2).
	 */
	lang?: string;
}

/** A quotation in « », with no markup inside (a quotation across an emphasis stays unmarked). */
const GUILLEMETS = /«[^«»<>]*»/g;

/** Marks every « » quotation of an English block as French. */
export function markFrenchQuotations(html: string): string {
	return html.replace(GUILLEMETS, (quotation) => `<span lang="fr">${quotation}</span>`);
}

/** A short excerpt of what was found, for a message. */
function excerpt(text: string): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}

/**
 * Inline tokens carry no line numbers: their line is their block's first
 * line plus the line breaks before them.
 */
function inlineLines(block: Token, firstLine: number): number[] {
	let line = (block.map?.[0] ?? 0) + firstLine;
	return (block.children ?? []).map((child) => {
		const here = line;
		if (child.type === 'softbreak' || child.type === 'hardbreak') line += 1;
		else line += (child.content.match(/\n/g) ?? []).length;
		return here;
	});
}

/** Parses and checks a body; every block is rendered to HTML on its own. */
export function parseBody(source: string, options: BodyOptions): BodyResult {
	const { file, firstLine = 1, base = '', lang } = options;
	const problems: string[] = [];
	const report = (line: number, what: string) => problems.push(`${file}:${line}: ${what}`);
	const tokens = md.parse(source, {});

	for (const token of tokens) {
		const line = (token.map?.[0] ?? 0) + firstLine;
		const refused = REFUSED_BLOCKS[token.type];
		if (refused) report(line, `found ${refused}`);
		if (token.type === 'html_block')
			report(line, `found HTML "${excerpt(token.content)}": ${HTML_ADVICE}`);
		if (token.type !== 'inline') continue;
		const lines = inlineLines(token, firstLine);
		(token.children ?? []).forEach((child, i) => {
			const at = lines[i];
			if (child.type === 'html_inline') {
				report(at, `found HTML "${excerpt(child.content)}": ${HTML_ADVICE}`);
			} else if (child.type === 'text' && TAG_LIKE.test(child.content)) {
				report(
					at,
					`found HTML "${excerpt(child.content.match(TAG_LIKE)?.[0] ?? '<')}": ${HTML_ADVICE}`
				);
			} else if (child.type === 'image') {
				report(
					at,
					'found an image (![…](…)): pictures go in the frontmatter’s pictures list, with their alt text and credit'
				);
			} else if (child.type === 'link_open') {
				const href = String(child.attrGet('href') ?? '');
				if (!SAFE_LINK.test(href.trim())) {
					report(
						at,
						`found a link to "${excerpt(href)}": links may only go to https:, http:, mailto: or the site’s own paths (starting with /)`
					);
				} else if (href.startsWith('/')) {
					child.attrSet('href', `${base}${href}`);
				}
			}
			if ((child.type === 'text' || child.type === 'code_inline') && TEMPLATE.test(child.content)) {
				const found = child.content.match(/\{\s*[#/:@][^}]*\}?/)?.[0] ?? '{';
				report(
					at,
					`found "${excerpt(found)}", which looks like template code: a chapter is plain text; write the braces without # / : @ after them, or leave them out`
				);
			}
		});
	}

	const blocks: Block[] = [];
	let depth = 0;
	let start = 0;
	tokens.forEach((token, i) => {
		if (depth === 0) start = i;
		depth += token.nesting;
		if (depth === 0) {
			const html = md.renderer.render(tokens.slice(start, i + 1), md.options, {}).trim();
			blocks.push({
				html: lang === 'en' ? markFrenchQuotations(html) : html,
				line: (tokens[start].map?.[0] ?? 0) + firstLine
			});
		}
	});
	if (blocks.length === 0 && problems.length === 0) {
		report(
			firstLine,
			'the chapter has no text: write at least one paragraph after the frontmatter'
		);
	}
	return { blocks, problems };
}

/** One step of a chapter: consecutive paragraphs that show the same state of its scene. */
export interface Step {
	/** Index of the scene's state this step shows (0 = the scene's first state). */
	state: number;
	html: string;
}

/**
 * Groups the body's paragraphs into steps: `states[i]` is the state shown by
 * paragraph `i`, consecutive paragraphs with the same state form one step.
 * The lists must be as long as each other (the frontmatter check says so).
 */
export function groupSteps(blocks: readonly Block[], states: readonly number[]): Step[] {
	const steps: Step[] = [];
	blocks.forEach((block, i) => {
		const state = states[i] ?? states.at(-1) ?? 0;
		const last = steps.at(-1);
		if (last && last.state === state) last.html += `\n${block.html}`;
		else steps.push({ state, html: block.html });
	});
	return steps;
}
