/**
 * A page's `<head>` tags as HTML, from its `PageMeta` (`meta.ts`): title,
 * description, canonical URL, the links to its twins, the Open Graph and
 * Twitter tags link previews read, and its JSON-LD. Pure and unit-tested.
 *
 * Written into the page by the server hook (`src/hooks.server.ts`), from the
 * meta its server load leaves in `event.locals`: the tags are never hydrated,
 * so the browser downloads neither them as page data nor code to draw them.
 */
import { jsonLdText } from './jsonld';
import type { PageMeta } from './meta';

/** Text for an attribute between double quotes, or for an element's content. */
export function escapeHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/"/g, '&quot;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;');
}

const meta = (attribute: 'name' | 'property', key: string, content: string) =>
	`<meta ${attribute}="${key}" content="${escapeHtml(content)}">`;
const link = (attributes: Record<string, string>) =>
	`<link ${Object.entries(attributes)
		.map(([name, value]) => `${name}="${escapeHtml(value)}"`)
		.join(' ')}>`;

export function headHtml(page: PageMeta): string {
	const { image } = page;
	return [
		`<title>${escapeHtml(page.title)}</title>`,
		meta('name', 'description', page.description),
		...(page.robots ? [meta('name', 'robots', page.robots)] : []),
		link({ rel: 'canonical', href: page.canonical }),
		...page.alternates.map((a) => link({ rel: 'alternate', hreflang: a.hreflang, href: a.href })),
		...(page.oembed
			? [
					link({
						rel: 'alternate',
						type: 'application/json+oembed',
						href: page.oembed.href,
						title: page.oembed.title
					})
				]
			: []),
		meta('property', 'og:type', page.type),
		meta('property', 'og:site_name', page.siteName),
		meta('property', 'og:title', page.shareTitle),
		meta('property', 'og:description', page.description),
		meta('property', 'og:url', page.canonical),
		meta('property', 'og:locale', page.locale),
		...page.alternateLocales.map((locale) => meta('property', 'og:locale:alternate', locale)),
		meta('property', 'og:image', image.url),
		...(image.type ? [meta('property', 'og:image:type', image.type)] : []),
		...(image.width && image.height
			? [
					meta('property', 'og:image:width', String(image.width)),
					meta('property', 'og:image:height', String(image.height))
				]
			: []),
		meta('property', 'og:image:alt', image.alt),
		...(page.publishedTime ? [meta('property', 'article:published_time', page.publishedTime)] : []),
		meta('name', 'twitter:card', 'summary_large_image'),
		meta('name', 'twitter:title', page.shareTitle),
		meta('name', 'twitter:description', page.description),
		meta('name', 'twitter:image', image.url),
		meta('name', 'twitter:image:alt', image.alt),
		`<script type="application/ld+json">${jsonLdText(page.jsonLd)}</script>`
	].join('\n\t\t');
}
