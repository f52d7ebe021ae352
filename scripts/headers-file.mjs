// Reads a `_headers` file, the format Netlify and Cloudflare Pages use, and
// says which headers a path gets. Used by scripts/serve.mjs, so that the tests
// and the benchmark run under the headers a real host would send.
//
//     # a comment
//     /path/*            a rule: a path, `*` for anything (slashes too),
//       Name: value      `:name` for one segment; then its headers, indented
//       ! Name           removes a header that a broader rule above set
//
// Every rule whose path matches applies, top to bottom. A header already set
// by an earlier rule, and not removed with `! Name`, gets the later value
// appended after a comma: Cloudflare Pages' behaviour, the stricter of the
// two hosts (Netlify keeps the later value alone), so a rule that forgets to
// remove a header shows up here as a doubled value.

/**
 * @typedef {{ path: string, pattern: RegExp, set: [string, string][], detach: string[] }} HeaderRule
 */

/**
 * @param {string} text the file's content
 * @returns {HeaderRule[]}
 */
export function parseHeaders(text) {
	/** @type {HeaderRule[]} */
	const rules = [];
	text.split(/\r?\n/).forEach((raw, index) => {
		const line = raw.trim();
		if (line === '' || line.startsWith('#')) return;
		const where = `_headers:${index + 1}`;
		if (!/^\s/.test(raw)) {
			if (!line.startsWith('/')) throw new Error(`${where}: a rule starts with a path: "${line}"`);
			rules.push({ path: line, pattern: pathPattern(line), set: [], detach: [] });
			return;
		}
		const rule = rules.at(-1);
		if (!rule) throw new Error(`${where}: a header before any path: "${line}"`);
		if (line.startsWith('!')) {
			rule.detach.push(line.slice(1).trim().toLowerCase());
			return;
		}
		const colon = line.indexOf(':');
		if (colon <= 0 || line.slice(colon + 1).trim() === '') {
			throw new Error(`${where}: expected "Name: value", found "${line}"`);
		}
		rule.set.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
	});
	return rules;
}

/** @param {string} path a rule's path, with `*` and `:placeholder` */
function pathPattern(path) {
	const source = path
		.split(/(\*|:[A-Za-z]\w*)/)
		.map((part) => {
			if (part === '*') return '.*';
			if (part.startsWith(':')) return '[^/]+';
			return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
		})
		.join('');
	return new RegExp(`^${source}$`);
}

/**
 * The headers for a path (the site's own path: without any deploy sub-path),
 * by lower-case name.
 * @param {HeaderRule[]} rules
 * @param {string} path
 * @returns {Map<string, string>}
 */
export function headersFor(rules, path) {
	/** @type {Map<string, string>} */
	const headers = new Map();
	for (const rule of rules) {
		if (!rule.pattern.test(path)) continue;
		for (const name of rule.detach) headers.delete(name);
		for (const [name, value] of rule.set) {
			const key = name.toLowerCase();
			const before = headers.get(key);
			headers.set(key, before === undefined ? value : `${before}, ${value}`);
		}
	}
	return headers;
}
