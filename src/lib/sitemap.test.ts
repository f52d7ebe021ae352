import { describe, expect, it } from 'vitest';
import type { ChapterMeta } from '$lib/content/types';
import { sitemapPages, sitemapXml } from './sitemap';

const chapter = (lang: 'fr' | 'en', slug: string) => ({ lang, slug }) as ChapterMeta;

describe('the sitemap', () => {
	it('lists each language’s home and every chapter permalink, then extra pages', () => {
		const pages = sitemapPages(
			['fr'],
			[chapter('fr', 'a'), chapter('fr', 'b'), chapter('en', 'z')],
			['/presse/']
		);
		expect(pages.map((p) => p.path)).toEqual(['/', '/chapitres/a/', '/chapitres/b/', '/presse/']);
	});

	it('writes absolute, escaped URLs', () => {
		const xml = sitemapXml([{ path: '/a&b/' }], (path) => `https://example.org/histoire${path}`);
		expect(xml).toContain('<loc>https://example.org/histoire/a&amp;b/</loc>');
		expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
	});
});
