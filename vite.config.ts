import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { storiesCheck } from './src/lib/content/vite-plugin.ts';
import { openData } from './src/lib/data/vite-plugin.ts';
import { readPressContact } from './src/lib/press/contact.ts';

/**
 * The public origin of the site, used for canonical links, the sitemap, link
 * previews and the kiosk's QR codes. Set SITE_ORIGIN at build time.
 */
const siteOrigin = (process.env.SITE_ORIGIN ?? 'https://example.org').replace(/\/+$/, '');

/**
 * The press contact on /presse/: PRESS_CONTACT_EMAIL and the optional
 * PRESS_CONTACT_LABEL, read at build time. Unset, the page shows no contact.
 */
const pressContact = readPressContact(process.env);

export default defineConfig({
	plugins: [storiesCheck(), openData(), sveltekit()],
	define: {
		__SITE_ORIGIN__: JSON.stringify(siteOrigin),
		__PRESS_CONTACT__: JSON.stringify(pressContact)
	},
	server: { fs: { allow: ['stories'] } },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node'
	}
});
