/**
 * The kiosk page's side of the service worker: registering it (for the
 * kiosk only), asking what it has cached, and taking a new version between
 * two visitors. Browser only; every function is called from the kiosk's
 * runtime after the page has loaded.
 */
import { base } from '$app/paths';
import { KIOSK_SCOPE, SKIP_WAITING, STATUS, type WorkerStatus } from './worker-protocol';

/** Registers the worker for the kiosk's scope; null where service workers are unavailable. */
export async function registerKioskWorker(): Promise<ServiceWorkerRegistration | null> {
	if (!('serviceWorker' in navigator)) return null;
	try {
		return await navigator.serviceWorker.register(`${base}/service-worker.js`, {
			scope: `${base}${KIOSK_SCOPE}`
		});
	} catch {
		// An insecure origin or a browser policy: the kiosk runs, online only,
		// and the diagnostic panel says so.
		return null;
	}
}

export type OfflineStatus =
	| { kind: 'unsupported' }
	| { kind: 'installing' }
	| { kind: 'ready'; status: WorkerStatus; updateWaiting: boolean };

/** What the active worker holds, asked over a message port (gives up after `timeoutMs`). */
export async function offlineStatus(
	registration: ServiceWorkerRegistration | null,
	timeoutMs = 3000
): Promise<OfflineStatus> {
	if (!registration) return { kind: 'unsupported' };
	const active = registration.active;
	if (!active) return { kind: 'installing' };
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
		return { kind: 'ready', status, updateWaiting: registration.waiting !== null };
	} finally {
		channel.port1.close();
	}
}

/**
 * Looks for a newer build in the background (the kiosk never navigates, so
 * the browser would not look by itself). Offline, it quietly finds nothing.
 */
export function checkForUpdate(registration: ServiceWorkerRegistration | null): void {
	registration?.update().catch(() => {});
}

/**
 * If a newer version is installed and waiting, lets it take over and reloads
 * the page on it; returns true when the page is about to reload. Called only
 * while nobody is using the kiosk (a reset, or the end of a loop), under the veil.
 */
export async function applyWaitingUpdate(
	registration: ServiceWorkerRegistration | null,
	timeoutMs = 5000
): Promise<boolean> {
	const waiting = registration?.waiting;
	if (!waiting) return false;
	const taken = await new Promise<boolean>((resolve) => {
		const timer = setTimeout(() => done(false), timeoutMs);
		const done = (value: boolean) => {
			clearTimeout(timer);
			navigator.serviceWorker.removeEventListener('controllerchange', onChange);
			resolve(value);
		};
		const onChange = () => done(true);
		navigator.serviceWorker.addEventListener('controllerchange', onChange);
		waiting.postMessage({ type: SKIP_WAITING });
	});
	if (taken) location.reload();
	return taken;
}
