#!/usr/bin/env node
// Serves a built site the way a static host does, for the end-to-end tests and
// the benchmark: files from a folder under an optional sub-path, `dir/` →
// `dir/index.html`, `dir` → redirect to `dir/`, unknown paths → the nearest
// 404.html up their folders (`/en/x/` → `en/404.html`, as Cloudflare Pages
// does; README, Deploy, for other hosts) with status 404, gzip for text (so measured transfer sizes are real ones), and the
// headers of the build's `_headers` file (security headers and caching), as
// Netlify or Cloudflare Pages would send them, so every test runs under them.
//
// Usage: node scripts/serve.mjs [--dir build] [--port 4173] [--base /histoire]
// From another script: `const server = await startServer({ dir, port, base })`,
// then `server.url` and `await server.close()`.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { headersFor, parseHeaders } from './headers-file.mjs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.woff2': 'font/woff2',
	'.ico': 'image/x-icon'
};
const COMPRESSIBLE = new Set([
	'.html',
	'.js',
	'.css',
	'.json',
	'.webmanifest',
	'.xml',
	'.txt',
	'.svg'
]);
const gzipCache = new Map();

/** Files a host reads for itself and never serves. */
const HOST_FILES = new Set(['/_headers', '/_redirects']);

function send(req, res, status, file, extra) {
	const ext = extname(file);
	let body = readFileSync(file);
	const headers = { ...extra, 'content-type': TYPES[ext] ?? 'application/octet-stream' };
	if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
		if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(body, { level: 9 }));
		body = gzipCache.get(file);
		headers['content-encoding'] = 'gzip';
		headers.vary = 'accept-encoding';
	}
	headers['content-length'] = body.length;
	res.writeHead(status, headers);
	res.end(req.method === 'HEAD' ? undefined : body);
}

/** Serves `dir` at http://127.0.0.1:`port``base`/; resolves once listening. */
export function startServer({ dir = 'build', port = 4173, base: basePath = '' } = {}) {
	const root = resolve(dir);
	const base = basePath.replace(/\/+$/, '');
	if (!existsSync(join(root, 'index.html'))) {
		throw new Error(`serve: ${root}/index.html not found: run "npm run build" first.`);
	}
	// The site's builds always have one (static/_headers); a bare folder (the
	// benchmark's reference page) is served without, and says so.
	const headersFile = join(root, '_headers');
	const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
	if (rules.length === 0)
		console.warn(`serve: no rules in ${headersFile}: no hosting headers sent`);
	const server = createServer((req, res) => handle(req, res, root, base, rules));
	return new Promise((resolveStart, reject) => {
		server.once('error', reject);
		// Port 0: a port nobody uses right now, so several checkouts can serve at once.
		server.listen(port, '127.0.0.1', () =>
			resolveStart({
				url: `http://127.0.0.1:${server.address().port}${base}`,
				close: () => new Promise((done) => server.close(() => done()))
			})
		);
	});
}

/** The 404 page nearest to a path inside the site: its folder's, its parent's… up to the root's. */
export function nearestNotFound(root, sitePath) {
	const folders = normalize(sitePath).split('/').filter(Boolean);
	// The last part may be a file's name; a folder of that name has no 404 page of its own either way.
	for (let depth = folders.length; depth > 0; depth--) {
		const page = join(root, ...folders.slice(0, depth), '404.html');
		if (page.startsWith(root) && existsSync(page)) return page;
	}
	return join(root, '404.html');
}

function handle(req, res, root, base, rules) {
	const url = new URL(req.url ?? '/', 'http://localhost');
	let path;
	try {
		path = decodeURIComponent(url.pathname);
	} catch {
		path = '/__bad__';
	}
	const outside = base && path !== base && !path.startsWith(`${base}/`);
	// The rules' paths are the site's own: under a sub-path, `/_app/*` is `/histoire/_app/*`.
	const sitePath = outside ? path : path.slice(base.length) || '/';
	const headers = Object.fromEntries(headersFor(rules, sitePath));
	const notFound = () =>
		send(req, res, 404, nearestNotFound(root, outside ? '/' : sitePath), headers);
	if (outside) return notFound();
	const inside = normalize(sitePath);
	const file = join(root, inside);
	if (!file.startsWith(root) || HOST_FILES.has(inside)) return notFound();
	if (existsSync(file) && statSync(file).isDirectory()) {
		if (!path.endsWith('/')) {
			res.writeHead(308, { ...headers, location: `${path}/${url.search}` });
			return res.end();
		}
		const index = join(file, 'index.html');
		return existsSync(index) ? send(req, res, 200, index, headers) : notFound();
	}
	if (existsSync(file)) return send(req, res, 200, file, headers);
	if (existsSync(`${file}.html`)) return send(req, res, 200, `${file}.html`, headers);
	return notFound();
}

// Run as a command.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const { values } = parseArgs({
		options: {
			dir: { type: 'string', default: 'build' },
			port: { type: 'string', default: '4173' },
			base: { type: 'string', default: '' }
		}
	});
	try {
		const server = await startServer({ ...values, port: Number(values.port) });
		console.log(`serve: ${resolve(values.dir)} at ${server.url}/`);
		for (const signal of ['SIGINT', 'SIGTERM'])
			process.on(signal, () => server.close().then(() => process.exit(0)));
	} catch (error) {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	}
}
