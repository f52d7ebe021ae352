import { base } from '$app/paths';
import { strings } from '$lib/i18n';
import { PALETTE } from '$lib/palette';

export const prerender = true;

export function GET() {
	const t = strings.fr;
	const manifest = {
		name: `${t.siteName} — ${t.siteTagline}`,
		short_name: t.siteName,
		lang: 'fr',
		start_url: `${base}/`,
		scope: `${base}/`,
		display: 'standalone',
		background_color: PALETTE.paper,
		theme_color: PALETTE.coal,
		icons: [
			{ src: `${base}/favicon.svg`, sizes: 'any', type: 'image/svg+xml' },
			{ src: `${base}/icon-192.png`, sizes: '192x192', type: 'image/png' },
			{ src: `${base}/icon-512.png`, sizes: '512x512', type: 'image/png' }
		]
	};
	return new Response(JSON.stringify(manifest, null, '\t'), {
		headers: { 'content-type': 'application/manifest+json' }
	});
}
