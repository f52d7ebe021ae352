/**
 * The second, small build: the public story's islands (`src/lib/islands/`).
 * Those pages ship no framework code (`csr = false`); `boot.ts`, their only
 * script, later brings a few components to life with Svelte's `hydrate`. It is
 * built here, on its own, into `static/islands/` (ignored by git), which the
 * main build then copies into the site; the pages find its entry through the
 * manifest, `.svelte-kit/islands-manifest.json` (`$lib/server/islands.ts`).
 * `npm run build` runs this first.
 */
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Where the pages find the islands' entry (`$lib/server/islands.ts`): beside the build, not in it. */
const MANIFEST = here('.svelte-kit/islands-manifest.json');

const islandsOutput: Plugin = {
	name: 'islands-output',
	generateBundle(_, bundle) {
		// The page already has every component's styles, inlined by the main build: no CSS file here.
		for (const name of Object.keys(bundle)) if (name.endsWith('.css')) delete bundle[name];
		const boot = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry);
		if (!boot) throw new Error('the islands build has no entry');
		mkdirSync(dirname(MANIFEST), { recursive: true });
		writeFileSync(MANIFEST, `${JSON.stringify({ boot: boot.fileName }, null, '\t')}\n`);
	}
};

export default defineConfig({
	// Chunks find each other relative to themselves: one build serves every deploy sub-path.
	base: './',
	plugins: [
		svelte({
			configFile: false,
			preprocess: [vitePreprocess()],
			compilerOptions: { runes: true }
		}),
		islandsOutput
	],
	resolve: {
		// Islands import nothing of SvelteKit's (`$app/…`): they run without it.
		alias: { $lib: here('src/lib') }
	},
	build: {
		outDir: 'static/islands',
		emptyOutDir: true,
		cssCodeSplit: false,
		target: 'es2022',
		// Every browser that runs these modules knows <link rel="modulepreload">.
		modulePreload: { polyfill: false },
		rollupOptions: {
			input: { boot: here('src/lib/islands/boot.ts') },
			output: {
				entryFileNames: '[name].[hash].js',
				chunkFileNames: '[name].[hash].js',
				assetFileNames: '[name].[hash][extname]'
			}
		}
	}
});
