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

/**
 * The pages the service worker controls: the kiosk alone, in each language
 * (`/kiosque/`, `/en/kiosque/`, see `paths.kiosk`), so the public site is
 * never affected. The kiosk registers the worker once for each, since a scope
 * is a path prefix and the two share none but the site's root. The worker
 * cannot import `$lib/paths` (it needs `$app/paths`), so it knows the
 * addresses by their shape: this one, after the deploy sub-path.
 */
const KIOSK_PATH = /^(?:\/[a-z]{2})?\/kiosque\//;

/** Whether a path inside the site (deploy sub-path removed) is a kiosk page or one of its files. */
export const isKioskPath = (path: string): boolean => KIOSK_PATH.test(path);
