/**
 * The messages between the kiosk page and the service worker
 * (`src/service-worker.ts`), in one place so both sides agree.
 */

/** The page asks the waiting worker to take over; sent only while the kiosk resets. */
export const SKIP_WAITING = 'kiosk:skip-waiting';
/** The page asks the active worker what it holds; the answer comes back on the message port. */
export const STATUS = 'kiosk:status';

export interface WorkerStatus {
	/** The build the worker caches (SvelteKit's `version`). */
	version: string;
	/** How many files the worker must keep for the kiosk to run offline. */
	expected: number;
	/** How many of those are in its cache. */
	cached: number;
}

/** The page the service worker controls: the kiosk alone, so the public site is never affected. */
export const KIOSK_SCOPE = '/kiosque/';
