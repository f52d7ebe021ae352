/**
 * The second, small build: the public story's islands (`src/lib/islands/`).
 * Those pages ship no framework code (`csr = false`); `boot.ts`, their only
 * script, later brings a few components to life with Svelte's `hydrate`. It is
 * built here, on its own, into `static/islands/` (ignored by git), which the
 * main build then copies into the site; the pages find its entry through the
 * manifest (`$lib/server/islands.ts`). `npm run build` runs this first.
 */
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const siteOrigin = (process.env.SITE_ORIGIN ?? 'https://example.org').replace(/\/+$/, '');

export default defineConfig({
	// Chunks find each other relative to themselves: one build serves every deploy sub-path.
	base: './',
	plugins: [
		svelte({
			configFile: false,
			preprocess: [vitePreprocess()],
			compilerOptions: { runes: true }
		})
	],
	resolve: {
		alias: {
			$lib: here('src/lib'),
			'$app/environment': here('src/lib/islands/shims/environment.ts'),
			'$app/paths': here('src/lib/islands/shims/paths.ts')
		}
	},
	define: {
		__SITE_ORIGIN__: JSON.stringify(siteOrigin)
	},
	build: {
		outDir: 'static/islands',
		emptyOutDir: true,
		manifest: true,
		// The page already has every component's styles, inlined by the main build.
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
