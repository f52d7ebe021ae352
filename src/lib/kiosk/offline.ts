/**
 * The kiosk page's side of the service worker: registering it (for the
 * kiosk only, once for each language's kiosk page), asking what it has
 * cached, and taking a new version between two visitors. Browser only; every
 * function is called from the kiosk's runtime after the page has loaded.
 */
import { LANGS, type Lang } from '$lib/i18n/lang';
import { paths, sitePath } from '$lib/paths';
import { SKIP_WAITING, STATUS, type WorkerStatus } from './worker-protocol';

/** The registrations of the kiosk's worker: this page's own, and every language's. */
export interface KioskWorkers {
	/** The registration whose scope is this page (the one that controls it). */
	here: ServiceWorkerRegistration;
	/** One for each language's kiosk page, this page's included. */
	all: ServiceWorkerRegistration[];
}

const register = (lang: Lang) =>
	navigator.serviceWorker.register(sitePath('/service-worker.js'), {
		scope: sitePath(paths.kiosk(lang))
	});

/**
 * Registers the worker for this page's kiosk, and then, once it runs, for the
 * other languages' kiosk pages, so that the switch between them works with
 * the network down. One after the other: the second install finds the files
 * in the cache the first one filled. `onChange` gets the registrations at
 * each stage; never called where service workers are unavailable (an
 * insecure origin, a browser policy: the kiosk then runs online only, and the
 * diagnostic panel says so).
 */
export async function registerKioskWorkers(
	lang: Lang,
	onChange: (workers: KioskWorkers) => void
): Promise<void> {
	if (!('serviceWorker' in navigator)) return;
	try {
		const here = await register(lang);
		onChange({ here, all: [here] });
		await navigator.serviceWorker.ready;
		const others = await Promise.all(LANGS.filter((other) => other !== lang).map(register));
		onChange({ here, all: [here, ...others] });
	} catch {
		// Online only, as above (or the other languages only).
	}
}

export type OfflineStatus =
	| { kind: 'unsupported' }
	| { kind: 'installing' }
	| { kind: 'ready'; status: WorkerStatus; updateWaiting: boolean };

/**
 * What the workers hold, asked over a message port (gives up after
 * `timeoutMs`). Ready only when every language's worker runs: the switch
 * needs them all. They share one cache, so one of them answers for it.
 */
export async function offlineStatus(
	workers: KioskWorkers | null,
	timeoutMs = 3000
): Promise<OfflineStatus> {
	if (!workers) return { kind: 'unsupported' };
	const active = workers.here.active;
	if (!active || workers.all.some((registration) => !registration.active)) {
		return { kind: 'installing' };
	}
	const channel = new MessageChannel();
	try {
		const status = await new Promise<WorkerStatus | null>((resolve) => {
			const timer = setTimeout(() => resolve(null), timeoutMs);
			channel.port1.onmessage = (event) => {
				clearTimeout(timer);
				resolve(event.data as WorkerStatus);
			};
			active.postMessage({ type: STATUS }, [channel.port2]);
		});
		if (!status) return { kind: 'installing' };
		const updateWaiting = workers.all.some((registration) => registration.waiting !== null);
		return { kind: 'ready', status, updateWaiting };
	} finally {
		channel.port1.close();
	}
}

/**
 * Looks for a newer build in the background (the kiosk seldom navigates, so
 * the browser would not look by itself). Offline, it quietly finds nothing.
 */
export function checkForUpdate(workers: KioskWorkers | null): void {
	for (const registration of workers?.all ?? []) registration.update().catch(() => {});
}

/**
 * If a newer version is installed and waiting, lets it take over, in every
 * language's registration at once (the new version deletes the old one's
 * cache); returns true when this page's worker changed, and the page must
 * load again (the caller does, under the veil). Nothing is taken while a
 * registration is still installing a version: the languages change together.
 * Called only while nobody is using the kiosk (a reset, or the end of a loop).
 */
export async function takeWaitingUpdate(
	workers: KioskWorkers | null,
	timeoutMs = 5000
): Promise<boolean> {
	if (!workers || workers.all.some((registration) => registration.installing)) return false;
	const waiting = workers.all.flatMap((registration) => registration.waiting ?? []);
	if (!waiting.length) return false;
	const mine = workers.here.waiting !== null;
	const taken = new Promise<boolean>((resolve) => {
		if (!mine) return resolve(false);
		const timer = setTimeout(() => done(false), timeoutMs);
		const done = (value: boolean) => {
			clearTimeout(timer);
			navigator.serviceWorker.removeEventListener('controllerchange', onChange);
			resolve(value);
		};
		const onChange = () => done(true);
		navigator.serviceWorker.addEventListener('controllerchange', onChange);
	});
	for (const worker of waiting) worker.postMessage({ type: SKIP_WAITING });
	return taken;
}

/**
 * Whether the kiosk page at `url` can be opened now: its worker runs (it
 * answers from the cache when the network does not), or the network is up.
 * A kiosk in full screen must never be left on the browser's offline page.
 */
export async function canOpen(url: string): Promise<boolean> {
	if ('serviceWorker' in navigator) {
		const registration = await navigator.serviceWorker.getRegistration(url).catch(() => null);
		if (registration?.active) return true;
	}
	return navigator.onLine;
}
