import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { FONTS_SCRIPT } from './src/lib/fonts/script.js';
import { ARRIVING_SCRIPT } from './src/lib/kiosk/arriving-script.js';

/**
 * Sub-path deploys: `BASE_PATH=/histoire npm run build` prefixes every link,
 * asset and sitemap entry with /histoire.
 */
/** Where the static site is written (the sub-path test builds into another folder). */
const outDir = process.env.BUILD_DIR ?? 'build';
const base = process.env.BASE_PATH?.replace(/\/+$/, '') ?? '';

/**
 * The two inline scripts we write, allowed by their hashes: the web fonts' head
 * script (src/lib/fonts) and the kiosk's arrival veil (src/lib/kiosk).
 * @param {string} script
 * @returns {`sha256-${string}`}
 */
const hashOf = (script) => `sha256-${createHash('sha256').update(script).digest('base64')}`;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	// Chapters are markdown turned into HTML by $lib/content/body.ts, never compiled as components.
	preprocess: [vitePreprocess()],
	compilerOptions: { runes: true },
	vitePlugin: {
		// A scene's drawing (its Figure and the shared parts it uses) is rendered
		// by the build into a standalone SVG file: its styles must travel inside it.
		dynamicCompileOptions: ({ filename }) =>
			/\/src\/lib\/scenes\/[^/]+\/[^/]+\.svelte$/.test(filename) ? { css: 'injected' } : undefined
	},
	kit: {
		// The service worker is for the museum kiosk only: the kiosk page registers
		// it with the kiosk as its scope ($lib/kiosk/offline.ts), so phones reading
		// the public site never download the whole site in the background.
		// `_headers` is read by the host (and scripts/serve.mjs), never served: not cached either.
		serviceWorker: { register: false, files: (file) => file !== '_headers' },
		adapter: adapter({ pages: outDir, assets: outDir, fallback: undefined, strict: true }),
		// Styles are small: inlining them removes render-blocking requests (LCP on slow networks).
		inlineStyleThreshold: 20_000,
		paths: {
			base,
			// Absolute asset paths: the 404 page is served at any depth.
			relative: false
		},
		csp: {
			// Prerendered pages: SvelteKit hashes its inline boot script and inlined
			// styles and writes the policy in a <meta http-equiv> (README, "Security").
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', hashOf(FONTS_SCRIPT), hashOf(ARRIVING_SCRIPT)],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'manifest-src': ['self'],
				'worker-src': ['self'],
				// The « Intégrer » panel's preview frames the site's own embed page.
				'frame-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['none']
			}
		},
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			entries: ['*', '/404', '/en/404']
		}
	}
};

export default config;
