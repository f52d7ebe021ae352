/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Keeps the museum kiosk running with the network down. Registered by the
 * kiosk page only, with the kiosk as its scope (see `$lib/kiosk/offline.ts`):
 * a phone reading the public site never downloads the whole site in the
 * background, and the public pages are never served from a cache.
 *
 * At install it caches everything the kiosk needs: the kiosk page and its
 * data, every file the build produced (scripts, styles, fonts) and the static
 * files (icons). Built and static files are served cache-first (their names
 * change with their content, or they belong to this version); the kiosk page
 * network-first, so a new build's page is seen when the network is up, with
 * the cached one when it is not. Nothing is written to the cache at run time:
 * a page from a newer build must never be mixed with this build's files.
 *
 * A new version waits (no skipWaiting at install): the kiosk page tells it to
 * take over only when the kiosk resets, between two visitors.
 */
import { base, build, files, prerendered, version } from '$service-worker';
import { KIOSK_SCOPE, SKIP_WAITING, STATUS, type WorkerStatus } from '$lib/kiosk/worker-protocol';

const worker = self as unknown as ServiceWorkerGlobalScope;

const CACHE = `kiosk-${version}`;
const KIOSK_PAGE = `${base}${KIOSK_SCOPE}`;
/** How long a page request may wait on a hanging network before the cached copy is used. */
const NETWORK_TIMEOUT_MS = 4000;

const kioskPages = prerendered.filter((path) => path.startsWith(KIOSK_PAGE));
// The public story's islands (`static/islands/`) are not the kiosk's: it runs as a Svelte app.
const assets = new Set([...build, ...files.filter((file) => !file.startsWith(`${base}/islands/`))]);
const precache = [...new Set([KIOSK_PAGE, ...kioskPages, ...assets])];

worker.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(precache)));
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

async function cacheFirst(request: Request): Promise<Response> {
	const cached = await caches.match(request, { cacheName: CACHE });
	return cached ?? fetch(request);
}

async function networkFirst(request: Request): Promise<Response> {
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), NETWORK_TIMEOUT_MS);
	try {
		const response = await fetch(request, { signal: controller.signal });
		if (response.ok) return response;
		throw new Error(`HTTP ${response.status}`);
	} catch (error) {
		const cached =
			(await caches.match(request, { cacheName: CACHE, ignoreSearch: true })) ??
			(request.mode === 'navigate'
				? await caches.match(KIOSK_PAGE, { cacheName: CACHE })
				: undefined);
		if (cached) return cached;
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
	if (assets.has(url.pathname)) {
		event.respondWith(cacheFirst(request));
	} else if (request.mode === 'navigate' || url.pathname.startsWith(KIOSK_PAGE)) {
		event.respondWith(networkFirst(request));
	}
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
