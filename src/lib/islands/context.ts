/**
 * Whether the page around a component is an islands page (the public story:
 * rendered on the server, no framework in the browser, a few components
 * brought to life by `islands/boot.ts`) or a full Svelte app (the kiosk).
 * The public layout says so once; `Island.svelte` reads it.
 */
import { getContext, setContext } from 'svelte';

const KEY = Symbol('islands');

export function useIslands(): void {
	setContext(KEY, true);
}

export function inIslandsPage(): boolean {
	return getContext<boolean | undefined>(KEY) === true;
}
