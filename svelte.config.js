import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import { parse as parseYaml } from 'yaml';

/**
 * Sub-path deploys: `BASE_PATH=/histoire npm run build` prefixes every link,
 * asset and sitemap entry with /histoire.
 */
/** Where the static site is written (the sub-path test builds into another folder). */
const outDir = process.env.BUILD_DIR ?? 'build';
const base = process.env.BASE_PATH?.replace(/\/+$/, '') ?? '';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [
		vitePreprocess(),
		mdsvex({
			extensions: ['.md'],
			// One YAML parser for mdsvex and for the content checks, so both read
			// "2002" or 2002-01-17 the same way (YAML 1.2: no implicit Date objects).
			frontmatter: { type: 'yaml', marker: '-', parse: (text) => parseYaml(text) }
		})
	],
	compilerOptions: { runes: true },
	vitePlugin: {
		// mdsvex emits Svelte 4 syntax (`<script context="module">`): chapters are
		// compiled in legacy mode, every component of ours in runes mode.
		dynamicCompileOptions: ({ filename }) =>
			filename.endsWith('.md')
				? { runes: false }
				: /\/src\/lib\/scenes\/[^/]+\/Figure\.svelte$/.test(filename)
					? { css: 'injected' }
					: undefined
	},
	onwarn: (warning, handler) => {
		if (warning.code === 'script_context_deprecated' && warning.filename?.endsWith('.md')) return;
		handler(warning);
	},
	kit: {
		// The service worker is for the museum kiosk only: the kiosk page registers
		// it with the kiosk as its scope ($lib/kiosk/offline.ts), so phones reading
		// the public site never download the whole site in the background.
		serviceWorker: { register: false },
		adapter: adapter({ pages: outDir, assets: outDir, fallback: undefined, strict: true }),
		// Styles are small: inlining them removes render-blocking requests (LCP on slow networks).
		inlineStyleThreshold: 20_000,
		paths: {
			base,
			// Absolute asset paths: the 404 page is served at any depth.
			relative: false
		},
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			entries: ['*', '/404']
		}
	}
};

export default config;
