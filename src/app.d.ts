// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** The public origin (scheme + host), from SITE_ORIGIN at build time. */
	const __SITE_ORIGIN__: string;
	namespace App {
		interface PageData {
			lang?: import('$lib/content/validate').Lang;
		}
	}
}

declare module '*.md' {
	import type { Component } from 'svelte';
	const component: Component;
	export default component;
	export const metadata: Record<string, unknown>;
}

export {};
