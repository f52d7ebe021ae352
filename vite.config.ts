import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { storiesCheck } from './src/lib/content/vite-plugin.ts';
import { openData } from './src/lib/data/vite-plugin.ts';

/**
 * The public origin of the site, used for canonical links, the sitemap, link
 * previews and the kiosk's QR codes. Set SITE_ORIGIN at build time.
 */
const siteOrigin = (process.env.SITE_ORIGIN ?? 'https://example.org').replace(/\/+$/, '');

export default defineConfig({
	plugins: [storiesCheck(), openData(), sveltekit()],
	define: {
		__SITE_ORIGIN__: JSON.stringify(siteOrigin)
	},
	server: { fs: { allow: ['stories'] } },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node'
	}
});
