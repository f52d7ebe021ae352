import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chapterBySlug } from '$lib/content/library';
import { embedLabels } from '$lib/i18n/embed';
import { EMBED_SIZE, embedCode } from './code';
import { oembedRich } from './oembed';

const target = {
	src: 'https://example.org/histoire/embed/chapitres/le-9-9bis/',
	script: 'https://example.org/histoire/embed.js',
	title: 'Le « 9-9bis » & <la> Mission — L’après-mines',
	height: EMBED_SIZE.chapter.height
};

describe('the code to paste', () => {
	it('is a frame and the script, with absolute addresses and the title escaped', () => {
		expect(embedCode(target)).toBe(
			'<iframe src="https://example.org/histoire/embed/chapitres/le-9-9bis/" title="Le « 9-9bis » &amp; &lt;la&gt; Mission — L’après-mines" height="640" style="display:block;width:100%;border:0" loading="lazy"></iframe>\n' +
				'<script src="https://example.org/histoire/embed.js" async></script>'
		);
	});
});

describe('the journalists’ guide (docs/embedding.md)', () => {
	it('shows the code the panel gives for Le 9-9bis, on https://example.org', () => {
		const readme = readFileSync(join(import.meta.dirname, '../../../docs/embedding.md'), 'utf8');
		const shown = readme.match(/```text\n(<iframe[\s\S]*?)\n```/)?.[1];
		const chapter = chapterBySlug('fr', 'le-9-9bis');
		expect(chapter).toBeDefined();
		expect(shown).toBe(
			embedCode({
				src: 'https://example.org/embed/chapitres/le-9-9bis/',
				script: 'https://example.org/embed.js',
				title: embedLabels.fr.frameTitle(chapter!.title),
				height: EMBED_SIZE.chapter.height
			})
		);
	});
});

describe('the oEmbed answer', () => {
	const answer = oembedRich({
		...target,
		width: EMBED_SIZE.chapter.width,
		chapterTitle: 'Le 9-9bis',
		providerName: 'L’après-mines',
		providerUrl: 'https://example.org/histoire/',
		authorName: 'Mission Bassin Minier Nord-Pas de Calais',
		thumbnail: 'https://example.org/histoire/og/fr/chapitres/le-9-9bis.png'
	});

	it('is a rich oEmbed 1.0 answer with the same code as the panel', () => {
		expect(answer).toEqual({
			type: 'rich',
			version: '1.0',
			title: 'Le 9-9bis',
			html: embedCode(target),
			width: 700,
			height: 640,
			provider_name: 'L’après-mines',
			provider_url: 'https://example.org/histoire/',
			author_name: 'Mission Bassin Minier Nord-Pas de Calais',
			author_url: 'https://example.org/histoire/',
			thumbnail_url: 'https://example.org/histoire/og/fr/chapitres/le-9-9bis.png',
			thumbnail_width: 1200,
			thumbnail_height: 630
		});
		expect(JSON.parse(JSON.stringify(answer))).toEqual(answer);
	});
});
