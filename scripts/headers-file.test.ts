import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../svelte.config.js';
import { headersFor, parseHeaders } from './headers-file.mjs';

const ROOT = join(import.meta.dirname, '..');
const FILE = readFileSync(join(ROOT, 'static', '_headers'), 'utf8');
/** The hosts' guide, with its copies of the rules and the nginx snippets. */
const GUIDE = readFileSync(join(ROOT, 'docs', 'hosting.md'), 'utf8');
const rules = parseHeaders(FILE);
const at = (path: string, file = rules) => headersFor(file, path);

const IMMUTABLE = 'public, max-age=31536000, immutable';

describe('the _headers format', () => {
	it('applies every matching rule, top to bottom, joining a header set twice', () => {
		const parsed = parseHeaders('/*\n  A: one\n  B: b\n/x/*\n  A: two\n');
		expect(Object.fromEntries(at('/x/y', parsed))).toEqual({ a: 'one, two', b: 'b' });
		expect(Object.fromEntries(at('/z', parsed))).toEqual({ a: 'one', b: 'b' });
	});

	it('lets a later rule remove a header with "! Name" before setting its own', () => {
		const parsed = parseHeaders('/*\n  A: one\n/x/*\n  ! A\n  A: two\n/y\n  ! a\n');
		expect(at('/x/y', parsed).get('a')).toBe('two');
		expect(at('/y', parsed).has('a')).toBe(false);
	});

	it('reads * as anything and :name as one segment', () => {
		const parsed = parseHeaders('/a/:one/b\n  X: 1\n/c/*.svg\n  Y: 2\n');
		expect(at('/a/z/b', parsed).get('x')).toBe('1');
		expect(at('/a/z/w/b', parsed).has('x')).toBe(false);
		expect(at('/c/d/e.svg', parsed).get('y')).toBe('2');
		expect(at('/c/d/e.png', parsed).has('y')).toBe(false);
	});

	it('refuses what a host would not read', () => {
		expect(() => parseHeaders('  A: b\n')).toThrow(/_headers:1: a header before any path/);
		expect(() => parseHeaders('/*\n  A\n')).toThrow(/_headers:2: expected "Name: value"/);
		expect(() => parseHeaders('*.js\n  A: b\n')).toThrow(/_headers:1: a rule starts with a path/);
	});
});

describe('static/_headers', () => {
	const csp = (path: string) => at(path).get('content-security-policy') ?? '';

	it('sends the security headers with every response', () => {
		for (const path of ['/', '/en/', '/chapitres/le-9-9bis/', '/kiosque/', '/service-worker.js']) {
			const headers = at(path);
			expect(headers.get('x-content-type-options'), path).toBe('nosniff');
			expect(headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
			expect(headers.get('strict-transport-security'), path).toMatch(/^max-age=\d{8}/);
			expect(headers.get('permissions-policy'), path).toMatch(/camera=\(\).*geolocation=\(\)/);
			expect(csp(path), path).toContain("frame-ancestors 'none'");
		}
	});

	it('caches hashed files for a year and makes everything else revalidate', () => {
		expect(at('/_app/immutable/entry/start.BXHuQZAO.js').get('cache-control')).toBe(IMMUTABLE);
		expect(at('/scenes/fr/crowd.f852cdc94c.svg').get('cache-control')).toBe(IMMUTABLE);
		expect(at('/islands/boot.C48UtLDy.js').get('cache-control')).toBe(IMMUTABLE);
		for (const path of [
			'/',
			'/presse/',
			'/_app/version.json',
			'/service-worker.js',
			'/og/fr/accueil.png'
		])
			expect(at(path).get('cache-control'), path).toBe('no-cache');
	});

	it('lets any site frame the embed pages, and only them, as the hosting guide shows', () => {
		const example = GUIDE.match(/```\n(\/embed\/\*\n[\s\S]*?)```/)?.[1];
		expect(example).toBeDefined();
		expect(FILE).toContain(example!.trim());
		const others = csp('/').replace(/^frame-ancestors [^;]+/, '');
		for (const path of [
			'/embed/chapitres/le-9-9bis/',
			'/embed/chronologie/',
			'/en/embed/chapitres/the-9-9bis/',
			'/en/embed/chronologie/'
		]) {
			const embedded = csp(path);
			expect(embedded, path).toMatch(/^frame-ancestors \*; /);
			// The same policy as everywhere else, framing apart.
			expect(embedded.replace(/^frame-ancestors [^;]+/, ''), path).toBe(others);
		}
		for (const path of ['/', '/en/', '/chapitres/embed/', '/embed.js', '/en/presse/', '/embedded/'])
			expect(csp(path), path).toMatch(/^frame-ancestors 'none'; /);
	});

	it('says the same as the nginx snippets in the hosting guide', () => {
		const snippet = GUIDE.match(/```nginx\n# \/etc\/nginx\/snippets\/[^\n]+\n([\s\S]*?)```/)?.[1];
		expect(snippet).toBeDefined();
		const nginx = new Map(
			[...snippet!.matchAll(/^add_header (\S+) "([^"]*)" always;$/gm)].map(([, name, value]) => [
				name.toLowerCase(),
				value
			])
		);
		const headers = at('/');
		headers.delete('cache-control');
		expect(nginx).toEqual(headers);
		const embedSnippet = GUIDE.match(
			/```nginx\n# \/etc\/nginx\/snippets\/apres-mines-embed-headers\.conf\n([\s\S]*?)```/
		)?.[1];
		expect(embedSnippet).toBeDefined();
		const embedHeaders = at('/embed/chronologie/');
		embedHeaders.delete('cache-control');
		expect(
			new Map(
				[...embedSnippet!.matchAll(/^add_header (\S+) "([^"]*)" always;$/gm)].map(
					([, name, value]) => [name.toLowerCase(), value]
				)
			)
		).toEqual(embedHeaders);
		expect(GUIDE).toMatch(
			/location ~ \^\/\(en\/\)\?embed\/ \{\s*include snippets\/apres-mines-embed-headers\.conf;/
		);
		const server = GUIDE.match(/```nginx\nserver \{\n([\s\S]*?)```/)?.[1] ?? '';
		const cacheIn = (location: string) =>
			server.match(
				new RegExp(`location ${location} \\{[^}]*add_header Cache-Control "([^"]+)" always;`)
			)?.[1];
		expect(cacheIn('/')).toBe(at('/').get('cache-control'));
		expect(cacheIn('/_app/immutable/')).toBe(IMMUTABLE);
		expect(cacheIn('/islands/')).toBe(IMMUTABLE);
		expect(cacheIn('/scenes/')).toBe(IMMUTABLE);
		expect(server).toMatch(/location = \/_headers \{\s*return 404;/);
	});

	it('leaves scripts and styles to each page’s own policy, and agrees with it', () => {
		// A static header cannot list each page's hashes: script-src, style-src
		// or default-src here would block every page's inline boot script.
		const header = new Map(
			csp('/')
				.split(';')
				.map((d) => d.trim().split(/\s+/))
				.map(([name, ...values]) => [name, values.map((v) => v.replace(/^'|'$/g, ''))])
		);
		for (const name of ['default-src', 'script-src', 'style-src', 'style-src-elem'])
			expect(header.has(name), name).toBe(false);
		const page = config.kit?.csp?.directives ?? {};
		for (const [name, values] of header) {
			if (name === 'frame-ancestors') continue;
			expect(values, name).toEqual(page[name as keyof typeof page]);
		}
	});
});
