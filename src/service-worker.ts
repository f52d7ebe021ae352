/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Keeps the museum kiosk running with the network down. Registered by the
 * kiosk pages only, once for each language's kiosk (`/kiosque/`,
 * `/en/kiosque/`) as its scope (see `$lib/kiosk/offline.ts`): a phone reading
 * the public site never downloads the whole site in the background, and the
 * public pages are never served from a cache. Both registrations run this
 * script and share one cache per version, so a visitor can switch language
 * with the network down.
 *
 * At install it caches everything the kiosk needs, in both languages: the
 * kiosk pages and their data, the scenes' drawings (fetched by the page as
 * each scene approaches), every file the build produced (scripts, styles,
 * fonts) and the static files it uses (icons); what the other registration already
 * put in the cache is not fetched again. Built files and drawings are served
 * cache-first (their names change with their content, or they belong to this
 * version); the kiosk pages network-first, so a new build's page is seen when
 * the network is up, with the cached one when it is not. Nothing is written
 * to the cache at run time: a page from a newer build must never be mixed
 * with this build's files.
 *
 * A new version waits (no skipWaiting at install): the kiosk page tells both
 * registrations' waiting workers to take over only when the kiosk resets,
 * between two visitors. Should one registration still run the old version
 * after the other has taken the new one (and deleted the old cache), it finds
 * what it needs in the new version's cache.
 */
import { base, build, files, prerendered, version } from '$service-worker';
import { isKioskPath, SKIP_WAITING, STATUS, type WorkerStatus } from '$lib/kiosk/worker-protocol';

const worker = self as unknown as ServiceWorkerGlobalScope;

const CACHE = `kiosk-${version}`;
/** How long a page request may wait on a hanging network before the cached copy is used. */
const NETWORK_TIMEOUT_MS = 4000;

/** A path without the deploy sub-path (`/histoire/kiosque/` → `/kiosque/`). */
const inSite = (path: string) => (path.startsWith(base) ? path.slice(base.length) : path);

/** Both languages' kiosk pages and their data: switching language must work offline. */
const kioskPages = prerendered.filter((path) => isKioskPath(inSite(path)));
/** The scenes' drawings, both languages' (`/scenes/<lang>/<name>.<hash>.svg`). */
const drawings = prerendered.filter((path) => inSite(path).startsWith('/scenes/'));
/** The static files, but the public story's islands (`static/islands/`): the kiosk runs as a Svelte app. */
const statics = files.filter((path) => !inSite(path).startsWith('/islands/'));
const assets = new Set([...build, ...statics, ...drawings]);
const precache = [...new Set([...kioskPages, ...assets])];
/** This registration's kiosk page (its scope), for a navigation the cache does not know. */
const ownPage = new URL(worker.registration.scope).pathname;

worker.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			const held = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
			await cache.addAll(precache.filter((path) => !held.has(path)));
		})()
	);
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key.startsWith('kiosk-') && key !== CACHE) await caches.delete(key);
			}
			// On the first install, take the kiosk page that registered us, so it
			// is offline-ready without a reload. Later versions only activate
			// when the page asks, just before it reloads.
			await worker.clients.claim();
		})()
	);
});

/** This version's copy first; then any kiosk cache (the other registration's newer version). */
async function cached(request: Request | string, ignoreSearch = false) {
	return (
		(await caches.match(request, { cacheName: CACHE, ignoreSearch })) ??
		(await caches.match(request, { ignoreSearch }))
	);
}

async function cacheFirst(request: Request): Promise<Response> {
	return (await cached(request)) ?? fetch(request);
}

async function networkFirst(request: Request): Promise<Response> {
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), NETWORK_TIMEOUT_MS);
	try {
		const response = await fetch(request, { signal: controller.signal });
		if (response.ok) return response;
		throw new Error(`HTTP ${response.status}`);
	} catch (error) {
		const copy =
			(await cached(request, true)) ??
			(request.mode === 'navigate' ? await cached(ownPage) : undefined);
		if (copy) return copy;
		throw error;
	} finally {
		clearTimeout(timer);
	}
}

worker.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== worker.location.origin) return;
	// Only kiosk pages are ever controlled (the scopes), so whatever they ask
	// for is the kiosk's: its files from the cache, anything else from the
	// network, or from the cache when the network is down.
	event.respondWith(assets.has(url.pathname) ? cacheFirst(request) : networkFirst(request));
});

worker.addEventListener('message', (event) => {
	const type = (event.data as { type?: string } | null)?.type;
	if (type === SKIP_WAITING) {
		void worker.skipWaiting();
	} else if (type === STATUS && event.ports[0]) {
		const port = event.ports[0];
		event.waitUntil(
			(async () => {
				const cache = await caches.open(CACHE);
				const keys = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
				const status: WorkerStatus = {
					version,
					expected: precache.length,
					cached: precache.filter((path) => keys.has(path)).length
				};
				port.postMessage(status);
			})()
		);
	}
});
