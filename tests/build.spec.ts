/**
 * The built site, read from its files (run `npm run build && npm run
 * build:subpath` first), in both builds (`build/`, and `build-subpath/` under
 * /histoire):
 *
 * - every page is valid HTML for html-validate (configured in `.htmlvalidate.mjs`);
 * - every internal link, asset, `srcset` candidate, CSS `url()`, script import,
 *   link-preview URL, sitemap entry and manifest icon resolves to a built
 *   file, every `#fragment` to an id on its page, and nothing is loaded from
 *   another host;
 * - every page carries the Content Security Policy, strict for scripts, with
 *   the hash of each of its inline scripts and styles, and no inline event
 *   handler or `javascript:` URL anywhere.
 *
 * Pages are parsed by the browser's own parser (DOMParser, which fetches and
 * runs nothing). Files only: the answer is the same in every project, so it
 * runs in one.
 */
import { createHash } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';

const ROOT = join(import.meta.dirname, '..');
const SITE_ORIGIN = (process.env.SITE_ORIGIN ?? 'https://example.org').replace(/\/+$/, '');
/** Where relative URLs are resolved: any origin that is not a real one. */
const LOCAL = 'http://site.invalid';

const BUILDS = [
	{ name: 'build', dir: join(ROOT, 'build'), base: '' },
	{ name: 'build-subpath', dir: join(ROOT, 'build-subpath'), base: '/histoire' }
];

// Files only: the same answer on every screen, so read once (the config's ONCE files).

function filesIn(dir: string, ext: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith(ext))
		.map((file) => join(dir, file))
		.sort();
}

/** The address a built file is served at. */
function addressOf(build: { dir: string; base: string }, file: string): string {
	const path = relative(build.dir, file).split(sep).join('/');
	return `${build.base}/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

// ---------------------------------------------------------------- HTML validity

for (const build of BUILDS) {
	test(`${build.name}: every page is valid HTML`, async () => {
		// Some 70 pages a build (the embed pages included), about 20 s alone: room for a busy machine.
		test.setTimeout(120_000);
		test.skip(!existsSync(build.dir), `${build.name}/ is not built`);
		const validator = new HtmlValidate(new FileSystemConfigLoader());
		const pages = filesIn(build.dir, '.html');
		expect(pages.length).toBeGreaterThan(30);
		const problems: string[] = [];
		for (const page of pages) {
			const report = await validator.validateFile(page);
			for (const result of report.results) {
				for (const m of result.messages) {
					problems.push(
						`${relative(ROOT, page)}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`
					);
				}
			}
		}
		expect(problems).toEqual([]);
	});
}

// ---------------------------------------------------------------- what a page refers to

interface Reference {
	/** What refers: `a[href]`, `img[srcset]`, `css url()`… */
	what: string;
	url: string;
	/** Loaded by the browser (must be the site's own), or only followed by a reader. */
	load: boolean;
}

interface ParsedPage {
	refs: Reference[];
	ids: string[];
	csp: string[];
	cspBeforeResources: boolean;
	inlineScripts: string[];
	inlineStyles: string[];
	handlers: string[];
}

/** Reads a page with the browser's parser (scripting off: `<noscript>` content is read too). */
function parsePage(page: Page, html: string): Promise<ParsedPage> {
	return page.evaluate((source) => {
		const doc = new DOMParser().parseFromString(source, 'text/html');
		const refs: { what: string; url: string; load: boolean }[] = [];
		const add = (what: string, url: string | null, load: boolean) => {
			if (url !== null && url.trim() !== '') refs.push({ what, url: url.trim(), load });
		};
		const srcset = (what: string, value: string | null) => {
			for (const candidate of (value ?? '').split(/,\s+/)) {
				add(what, candidate.trim().split(/\s+/)[0] ?? '', true);
			}
		};
		const cssUrls = (what: string, css: string) => {
			for (const [, url] of css.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) add(what, url, true);
		};
		const LOADED = /\b(stylesheet|icon|apple-touch-icon|manifest|modulepreload|preload|prefetch)\b/;
		for (const a of doc.querySelectorAll('a[href], area[href]'))
			add(`${a.localName}[href]`, a.getAttribute('href'), false);
		for (const link of doc.querySelectorAll('link[href]')) {
			const rel = link.getAttribute('rel') ?? '';
			add(`link[rel=${rel}]`, link.getAttribute('href'), LOADED.test(rel));
		}
		for (const link of doc.querySelectorAll('link[imagesrcset]'))
			srcset('link[imagesrcset]', link.getAttribute('imagesrcset'));
		for (const el of doc.querySelectorAll(
			'script[src], img[src], source[src], iframe[src], embed[src], video[src], audio[src], track[src], input[src]'
		))
			add(`${el.localName}[src]`, el.getAttribute('src'), true);
		for (const el of doc.querySelectorAll('video[poster]'))
			add('video[poster]', el.getAttribute('poster'), true);
		for (const el of doc.querySelectorAll('object[data]'))
			add('object[data]', el.getAttribute('data'), true);
		for (const el of doc.querySelectorAll('img[srcset], source[srcset]'))
			srcset(`${el.localName}[srcset]`, el.getAttribute('srcset'));
		for (const el of doc.querySelectorAll('[style]'))
			cssUrls('style attribute', el.getAttribute('style') ?? '');
		for (const style of doc.querySelectorAll('style'))
			cssUrls('<style> url()', style.textContent ?? '');
		for (const el of doc.querySelectorAll('use[href], image[href], use[*|href], image[*|href]'))
			add(
				`svg ${el.localName}[href]`,
				el.getAttribute('href') ?? el.getAttribute('xlink:href'),
				true
			);
		for (const meta of doc.querySelectorAll('meta[property][content], meta[name][content]')) {
			const name = meta.getAttribute('property') ?? meta.getAttribute('name') ?? '';
			if (/^(og|twitter):(url|image)$/.test(name))
				add(`meta[${name}]`, meta.getAttribute('content'), false);
		}
		for (const json of doc.querySelectorAll('script[type="application/ld+json"]')) {
			const walk = (value: unknown): void => {
				if (typeof value === 'string' && /^https?:\/\//.test(value)) add('JSON-LD', value, false);
				else if (value && typeof value === 'object') Object.values(value).forEach(walk);
			};
			walk(JSON.parse(json.textContent ?? 'null'));
		}

		const all = [...doc.querySelectorAll('*')];
		const meta = [...doc.querySelectorAll('meta[http-equiv]')].filter(
			(m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy'
		);
		const firstResource = doc.querySelector('head script, head link, head style');
		const executable = (s: Element) =>
			!s.hasAttribute('src') &&
			['', 'module', 'text/javascript', 'application/javascript'].includes(
				(s.getAttribute('type') ?? '').toLowerCase()
			);
		return {
			refs,
			ids: all.flatMap((el) => [el.id, el.getAttribute('name') ?? ''].filter(Boolean)),
			csp: meta.map((m) => m.getAttribute('content') ?? ''),
			cspBeforeResources:
				meta.length > 0 &&
				(!firstResource ||
					!!(meta[0].compareDocumentPosition(firstResource) & Node.DOCUMENT_POSITION_FOLLOWING)),
			inlineScripts: [...doc.querySelectorAll('script')]
				.filter(executable)
				.map((s) => s.textContent ?? ''),
			inlineStyles: [...doc.querySelectorAll('style')].map((s) => s.textContent ?? ''),
			handlers: all.flatMap((el) =>
				[...el.attributes]
					.filter(
						(a) =>
							/^on/i.test(a.name) ||
							(/^(href|src|action|formaction|xlink:href|data)$/i.test(a.name) &&
								/^\s*javascript:/i.test(a.value))
					)
					.map((a) => `<${el.localName} ${a.name}="${a.value.slice(0, 40)}">`)
			)
		};
	}, html);
}

/** The built file an address of the site is served from, as a static host finds it. */
function fileAt(build: { dir: string; base: string }, pathname: string): string | undefined {
	if (pathname !== build.base && !pathname.startsWith(`${build.base}/`)) return undefined;
	let path = decodeURIComponent(pathname.slice(build.base.length)) || '/';
	if (path.endsWith('/')) path += 'index.html';
	const file = join(build.dir, path);
	if (!file.startsWith(build.dir) || /(^|\/)_(headers|redirects)$/.test(path)) return undefined;
	if (existsSync(file) && statSync(file).isFile()) return file;
	if (existsSync(`${file}.html`)) return `${file}.html`;
	return undefined;
}

/**
 * Every reference in a build that does not resolve, or that loads from
 * another host. `ids` comes from the pages, to check `#fragments`.
 */
async function brokenReferences(
	page: Page,
	build: { dir: string; base: string }
): Promise<{ problems: string[]; checked: number }> {
	const problems: string[] = [];
	let checked = 0;
	const idsOf = new Map<string, Set<string>>();
	const pending: { from: string; ref: Reference; address: string }[] = [];

	for (const file of filesIn(build.dir, '.html')) {
		const address = addressOf(build, file);
		const parsed = await parsePage(page, readFileSync(file, 'utf8'));
		idsOf.set(file, new Set(parsed.ids));
		for (const ref of parsed.refs) pending.push({ from: relative(ROOT, file), ref, address });
	}
	for (const file of filesIn(build.dir, '.css')) {
		for (const [, url] of readFileSync(file, 'utf8').matchAll(
			/url\(\s*['"]?([^'")]+)['"]?\s*\)/g
		)) {
			const ref = { what: 'css url()', url, load: true };
			pending.push({ from: relative(ROOT, file), ref, address: addressOf(build, file) });
		}
	}
	const scripts = ['_app', 'islands'].flatMap((dir) =>
		existsSync(join(build.dir, dir)) ? filesIn(join(build.dir, dir), '.js') : []
	);
	for (const file of scripts) {
		for (const [, url] of readFileSync(file, 'utf8').matchAll(
			/(?:\bfrom|\bimport)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g
		)) {
			const ref = { what: 'script import', url, load: true };
			pending.push({ from: relative(ROOT, file), ref, address: addressOf(build, file) });
		}
	}
	const sitemap = join(build.dir, 'sitemap.xml');
	for (const [, url] of readFileSync(sitemap, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) {
		const ref = { what: 'sitemap <loc>', url, load: false };
		pending.push({ from: relative(ROOT, sitemap), ref, address: `${build.base}/sitemap.xml` });
	}
	const robots = join(build.dir, 'robots.txt');
	for (const [, url] of readFileSync(robots, 'utf8').matchAll(/^Sitemap:\s*(\S+)/gm)) {
		const ref = { what: 'robots.txt Sitemap', url, load: false };
		pending.push({ from: relative(ROOT, robots), ref, address: `${build.base}/robots.txt` });
	}
	const manifestFile = join(build.dir, 'manifest.webmanifest');
	const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
	for (const url of [
		manifest.start_url,
		manifest.scope,
		...(manifest.icons ?? []).map((i: { src: string }) => i.src)
	].filter(Boolean)) {
		const ref = { what: 'manifest', url, load: true };
		pending.push({
			from: relative(ROOT, manifestFile),
			ref,
			address: `${build.base}/manifest.webmanifest`
		});
	}

	for (const { from, ref, address } of pending) {
		checked += 1;
		if (/^(mailto|tel):/i.test(ref.url)) continue;
		let url: URL;
		try {
			url = new URL(ref.url, `${LOCAL}${address}`);
		} catch {
			problems.push(`${from}: ${ref.what} "${ref.url}" is not a URL`);
			continue;
		}
		const internal = url.origin === LOCAL || url.origin === SITE_ORIGIN;
		if (!internal) {
			if (ref.load || !/^https?:$/.test(url.protocol)) {
				problems.push(`${from}: ${ref.what} "${ref.url}" is loaded from another host`);
			}
			continue;
		}
		const target = fileAt(build, url.pathname);
		if (!target) {
			problems.push(`${from}: ${ref.what} "${ref.url}" leads to no built file`);
			continue;
		}
		const fragment = decodeURIComponent(url.hash.slice(1));
		if (fragment && target.endsWith('.html') && !idsOf.get(target)?.has(fragment)) {
			problems.push(`${from}: ${ref.what} "${ref.url}": no id "${fragment}" on that page`);
		}
	}
	return { problems, checked };
}

for (const build of BUILDS) {
	test(`${build.name}: every internal link, asset and srcset resolves, and no other host is used`, async ({
		page
	}) => {
		test.skip(!existsSync(build.dir), `${build.name}/ is not built`);
		const { problems, checked } = await brokenReferences(page, build);
		expect(problems).toEqual([]);
		// Not a vacuous pass: every page's links, styles, scripts and meta tags were read.
		expect(checked).toBeGreaterThan(2000);
	});
}

test('the link check finds what is broken', async ({ page }) => {
	const dir = mkdtempSync(join(tmpdir(), 'links-'));
	const html = `<!doctype html><html lang="fr"><head><title>t</title>
		<link rel="stylesheet" href="/missing.css"></head><body>
		<a href="/ok/">ok</a> <a href="/ok/#nowhere">no id</a> <a href="https://elsewhere.test/">a link out</a>
		<img src="/ok/pic.png" srcset="/ok/pic.png 1x, /ok/pic-2x.png 2x" alt="">
		<img src="https://elsewhere.test/pixel.png" alt="">
		<noscript><img src="/gone.svg" alt=""></noscript></body></html>`;
	writeFileSync(join(dir, 'index.html'), html);
	writeFileSync(
		join(dir, 'sitemap.xml'),
		`<urlset><url><loc>${SITE_ORIGIN}/ok/</loc></url></urlset>`
	);
	writeFileSync(join(dir, 'robots.txt'), `Sitemap: ${SITE_ORIGIN}/sitemap.xml\n`);
	writeFileSync(join(dir, 'manifest.webmanifest'), '{"icons":[{"src":"/icon.png"}]}');
	const ok = join(dir, 'ok');
	mkdirSync(ok);
	mkdirSync(join(dir, '_app'));
	writeFileSync(join(ok, 'index.html'), '<!doctype html><title>ok</title><p id="here">');
	writeFileSync(join(ok, 'pic.png'), '');
	const { problems } = await brokenReferences(page, { dir, base: '' });
	const said = problems.map((p) => p.replace(/^[^:]+: /, ''));
	expect(said).toEqual(
		expect.arrayContaining([
			'link[rel=stylesheet] "/missing.css" leads to no built file',
			'a[href] "/ok/#nowhere": no id "nowhere" on that page',
			'img[srcset] "/ok/pic-2x.png" leads to no built file',
			'img[src] "https://elsewhere.test/pixel.png" is loaded from another host',
			'img[src] "/gone.svg" leads to no built file',
			'manifest "/icon.png" leads to no built file'
		])
	);
	expect(said).toHaveLength(6);
});

// ---------------------------------------------------------------- the policy in every page

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

function directives(policy: string): Map<string, string[]> {
	return new Map(
		policy
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter(([name]) => name)
			.map(([name, ...values]) => [name.toLowerCase(), values])
	);
}

for (const build of BUILDS) {
	test(`${build.name}: every page has a strict policy covering its inline scripts and styles`, async ({
		page
	}) => {
		test.skip(!existsSync(build.dir), `${build.name}/ is not built`);
		const problems: string[] = [];
		let hashed = 0;
		for (const file of filesIn(build.dir, '.html')) {
			const name = relative(ROOT, file);
			const parsed = await parsePage(page, readFileSync(file, 'utf8'));
			for (const handler of parsed.handlers) problems.push(`${name}: inline code ${handler}`);
			if (parsed.csp.length !== 1) {
				problems.push(`${name}: ${parsed.csp.length} policies in <meta http-equiv>`);
				continue;
			}
			if (!parsed.cspBeforeResources)
				problems.push(`${name}: the policy comes after a script, style or link`);
			const policy = directives(parsed.csp[0]);
			const expectExactly = (name_: string, values: string[]) => {
				const found = policy.get(name_)?.join(' ');
				if (found !== values.join(' '))
					problems.push(`${name}: ${name_} is "${found}", not "${values.join(' ')}"`);
			};
			expectExactly('default-src', ["'self'"]);
			expectExactly('object-src', ["'none'"]);
			expectExactly('base-uri', ["'self'"]);
			expectExactly('form-action', ["'none'"]);
			expectExactly('connect-src', ["'self'"]);
			expectExactly('img-src', ["'self'"]);
			expectExactly('worker-src', ["'self'"]);
			expectExactly('style-src-attr', ["'unsafe-inline'"]);
			for (const [directive, values] of policy) {
				for (const value of values) {
					const allowed =
						value === "'self'" ||
						value === "'none'" ||
						/^'sha256-[A-Za-z0-9+/=]+'$/.test(value) ||
						(directive === 'style-src-attr' && value === "'unsafe-inline'");
					if (!allowed) problems.push(`${name}: ${directive} allows ${value}`);
				}
			}
			const scripts = policy.get('script-src') ?? [];
			const styles = policy.get('style-src') ?? [];
			for (const script of parsed.inlineScripts) {
				hashed += 1;
				if (!scripts.includes(sha256(script)))
					problems.push(`${name}: an inline script is not in script-src`);
			}
			for (const style of parsed.inlineStyles)
				if (!styles.includes(sha256(style)))
					problems.push(`${name}: an inline style is not in style-src`);
		}
		expect(problems).toEqual([]);
		// Not a vacuous pass: the kiosk runs SvelteKit, whose inline boot script was checked.
		expect(hashed).toBeGreaterThan(0);
	});
}
