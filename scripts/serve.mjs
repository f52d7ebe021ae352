#!/usr/bin/env node
// Serves a built site the way a static host does, for the end-to-end tests and
// the benchmark: files from a folder under an optional sub-path, `dir/` →
// `dir/index.html`, `dir` → redirect to `dir/`, unknown paths → 404.html with
// status 404, and gzip for text (so measured transfer sizes are real ones).
//
// Usage: node scripts/serve.mjs [--dir build] [--port 4173] [--base /histoire]
// From another script: `const server = await startServer({ dir, port, base })`,
// then `server.url` and `await server.close()`.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
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

function send(req, res, status, file) {
	const ext = extname(file);
	let body = readFileSync(file);
	const headers = {
		'content-type': TYPES[ext] ?? 'application/octet-stream',
		// Hashed build assets and scene files never change; pages must be revalidated.
		'cache-control': /\/_app\/immutable\/|\/scenes\/[a-z]+\/[a-z-]+\.[0-9a-f]{10}\.svg$/.test(file)
			? 'public, max-age=31536000, immutable'
			: 'public, max-age=0, must-revalidate'
	};
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
	const server = createServer((req, res) => handle(req, res, root, base));
	return new Promise((resolveStart, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () =>
			resolveStart({
				url: `http://127.0.0.1:${port}${base}`,
				close: () => new Promise((done) => server.close(() => done()))
			})
		);
	});
}

function handle(req, res, root, base) {
	const url = new URL(req.url ?? '/', 'http://localhost');
	let path;
	try {
		path = decodeURIComponent(url.pathname);
	} catch {
		path = '/__bad__';
	}
	const notFound = () => send(req, res, 404, join(root, '404.html'));
	if (base && path !== base && !path.startsWith(`${base}/`)) return notFound();
	const inside = normalize(path.slice(base.length) || '/');
	const file = join(root, inside);
	if (!file.startsWith(root)) return notFound();
	if (existsSync(file) && statSync(file).isDirectory()) {
		if (!path.endsWith('/')) {
			res.writeHead(308, { location: `${path}/${url.search}` });
			return res.end();
		}
		const index = join(file, 'index.html');
		return existsSync(index) ? send(req, res, 200, index) : notFound();
	}
	if (existsSync(file)) return send(req, res, 200, file);
	if (existsSync(`${file}.html`)) return send(req, res, 200, `${file}.html`);
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
