/**
 * Where the islands' script is (see `$lib/islands/boot.ts`): in the islands'
 * own build (`vite.islands.config.ts`, run first by `npm run build`), found
 * through its manifest; in development, the source itself, which Vite serves.
 */
import { dev } from '$app/environment';
import { existsSync, readFileSync } from 'node:fs';

const OUT = 'static/islands';
const ENTRY = 'src/lib/islands/boot.ts';

let built: string | undefined;

/** The islands' script, as a path inside the site (add the deploy sub-path). */
export function islandsScript(): string {
	if (dev) return `/${ENTRY}`;
	if (built) return built;
	const manifest = `${OUT}/.vite/manifest.json`;
	if (!existsSync(manifest)) {
		throw new Error(
			`${manifest} not found: the islands are built first, by "vite build -c vite.islands.config.ts" (npm run build does it)`
		);
	}
	const entries = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, { file: string }>;
	const file = entries[ENTRY]?.file;
	if (!file) throw new Error(`${manifest} has no entry for ${ENTRY}`);
	built = `/islands/${file}`;
	return built;
}
