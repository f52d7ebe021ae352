/**
 * A chapter's oEmbed answer (https://oembed.com/), written at build time to a
 * static JSON file that each permalink names in its head, so that CMSs which
 * read oEmbed discovery make the embed from the bare link. Pure.
 */
import { PREVIEW_SIZE } from '$lib/press/preview';
import { embedCode, type EmbedTarget } from './code';

export interface OembedInput extends EmbedTarget {
	width: number;
	/** The chapter's title, as written. */
	chapterTitle: string;
	providerName: string;
	providerUrl: string;
	authorName: string;
	/** The chapter's 1200×630 PNG card, absolute. */
	thumbnail: string;
}

/** An oEmbed 1.0 "rich" answer (section 2.3.4 of the specification). */
export interface OembedRich {
	type: 'rich';
	version: '1.0';
	title: string;
	html: string;
	width: number;
	height: number;
	provider_name: string;
	provider_url: string;
	author_name: string;
	author_url: string;
	thumbnail_url: string;
	thumbnail_width: number;
	thumbnail_height: number;
}

export function oembedRich(input: OembedInput): OembedRich {
	return {
		type: 'rich',
		version: '1.0',
		title: input.chapterTitle,
		html: embedCode(input),
		width: input.width,
		height: input.height,
		provider_name: input.providerName,
		provider_url: input.providerUrl,
		author_name: input.authorName,
		author_url: input.providerUrl,
		thumbnail_url: input.thumbnail,
		thumbnail_width: PREVIEW_SIZE.width,
		thumbnail_height: PREVIEW_SIZE.height
	};
}
