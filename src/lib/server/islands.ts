/**
 * Where the islands' script is (see `$lib/islands/boot.ts`): in the islands'
 * own build (`vite.islands.config.ts`, run first by `npm run build`), found
 * through its manifest; in development, the source itself, which Vite serves.
 */
import { dev } from '$app/environment';
import { existsSync, readFileSync } from 'node:fs';

const MANIFEST = '.svelte-kit/islands-manifest.json';
const ENTRY = 'src/lib/islands/boot.ts';

let built: string | undefined;

/** The islands' script, as a path inside the site (add the deploy sub-path). */
export function islandsScript(): string {
	if (dev) return `/${ENTRY}`;
	if (built) return built;
	const manifest = MANIFEST;
	if (!existsSync(manifest)) {
		throw new Error(
			`${manifest} not found: the islands are built first, by "vite build -c vite.islands.config.ts" (npm run build does it)`
		);
	}
	const { boot } = JSON.parse(readFileSync(manifest, 'utf8')) as { boot?: string };
	if (!boot) throw new Error(`${manifest} names no entry`);
	built = `/islands/${boot}`;
	return built;
}
