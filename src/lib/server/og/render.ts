/**
 * Draws a preview card as a PNG at build time: satori lays the text out with
 * the site's own fonts (static .woff files, since satori reads no woff2), the
 * drawing from `emblem.ts` is laid beside it, and resvg turns the SVG into
 * pixels. Server-only ($lib/server): none of this reaches the browser.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { PREVIEW_SIZE, type PreviewCard } from '$lib/press/preview';
import { PALETTE } from '$lib/palette';
import { emblemSvg } from './emblem';

const { width: WIDTH, height: HEIGHT } = PREVIEW_SIZE;
/** The drawing's panel on the right; the text column takes the rest. */
const PANEL = 440;
const STRIPE = 14;
const PAD = 60;
const GAP = 44;
const TOP = 52;
const BOTTOM = 30;

const require = createRequire(import.meta.url);
const fontFile = (file: string) => readFileSync(require.resolve(file));

let fonts: Parameters<typeof satori>[1]['fonts'] | undefined;
function loadFonts() {
	fonts ??= [
		{
			name: 'Source Serif 4',
			weight: 700,
			style: 'normal',
			data: fontFile('@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff')
		},
		{
			// The few letters the Latin subset lacks, such as the ordinal letters
			// of « 1ᵉʳ janvier » (Public Sans has none: the date names this font
			// as its fallback).
			name: 'Source Serif 4 Latin Ext',
			weight: 700,
			style: 'normal',
			data: fontFile('@fontsource/source-serif-4/files/source-serif-4-latin-ext-700-normal.woff')
		},
		{
			name: 'Public Sans',
			weight: 600,
			style: 'normal',
			data: fontFile('@fontsource/public-sans/files/public-sans-latin-600-normal.woff')
		},
		{
			name: 'Public Sans',
			weight: 800,
			style: 'normal',
			data: fontFile('@fontsource/public-sans/files/public-sans-latin-800-normal.woff')
		}
	];
	return fonts;
}

/**
 * French sets a space before « : ; ? ! » and inside « »; making those spaces
 * non-breaking keeps a colon from starting a line.
 */
export function keepTogether(text: string, lang: PreviewCard['lang']): string {
	if (lang !== 'fr') return text;
	return text.replace(/ ([:;?!»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');
}

/**
 * The title as one box a word, wrapped between words only: satori would
 * otherwise split « après-mines » at its hyphen, and the fonts have no
 * non-breaking hyphen to prevent it.
 */
function words(text: string, size: number): Node[] {
	return text.split(' ').map((word) => box({ whiteSpace: 'pre', marginRight: size * 0.25 }, word));
}

/** Long titles get a smaller size so that the longest allowed one still fits in four lines. */
export function titleSize(title: string): number {
	if (title.length <= 16) return 96;
	if (title.length <= 30) return 70;
	if (title.length <= 48) return 62;
	return 56;
}

interface Node {
	type: string;
	props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string };
}
const box = (style: Record<string, unknown>, ...children: (Node | string)[]): Node => ({
	type: 'div',
	props: { style: { display: 'flex', ...style }, children }
});

function layout(card: PreviewCard): Node {
	const accent = card.accent === 'unesco' ? PALETTE.unesco : PALETTE.brick;
	const text = (value: string) => keepTogether(value, card.lang);
	return box(
		{ width: WIDTH, height: HEIGHT, background: PALETTE.paper, position: 'relative' },
		box(
			{
				flexDirection: 'column',
				// Satori's boxes do not include their padding: the sizes are the content's.
				width: WIDTH - PANEL - PAD - GAP,
				height: HEIGHT - STRIPE - TOP - BOTTOM,
				margin: `${TOP}px ${GAP}px ${BOTTOM}px ${PAD}px`
			},
			box(
				{
					fontFamily: 'Public Sans',
					fontWeight: 600,
					fontSize: 26,
					letterSpacing: '0.04em',
					textTransform: 'uppercase',
					color: PALETTE.muted
				},
				text(card.kicker)
			),
			box(
				{
					marginTop: 4,
					// Source Serif 4 lends the ordinal letters of « 1ᵉʳ », which Public Sans lacks.
					fontFamily: 'Public Sans, Source Serif 4 Latin Ext',
					fontWeight: 800,
					fontSize: 50,
					lineHeight: 1.1,
					color: accent
				},
				text(card.date)
			),
			box(
				{
					marginTop: 26,
					fontFamily: 'Source Serif 4, Source Serif 4 Latin Ext',
					fontWeight: 700,
					fontSize: titleSize(card.title),
					lineHeight: 1.1,
					letterSpacing: '-0.01em',
					color: PALETTE.coal,
					flexWrap: 'wrap'
				},
				...words(text(card.title), titleSize(card.title))
			),
			box({ flexGrow: 1 }),
			box(
				{ flexDirection: 'column', borderTop: `3px solid ${PALETTE.line}`, paddingTop: 14 },
				box(
					{ fontFamily: 'Source Serif 4', fontWeight: 700, fontSize: 32, color: PALETTE.coal },
					text(card.siteName)
				),
				box(
					{ fontFamily: 'Public Sans', fontWeight: 600, fontSize: 22, color: PALETTE.muted },
					text(card.tagline)
				)
			)
		),
		box({
			position: 'absolute',
			left: 0,
			bottom: 0,
			width: WIDTH,
			height: STRIPE,
			background: accent
		})
	);
}

/** The card as SVG: satori's text layout with the drawing placed in the right-hand panel. */
export async function cardSvg(card: PreviewCard): Promise<string> {
	const svg = await satori(layout(card), { width: WIDTH, height: HEIGHT, fonts: loadFonts() });
	const drawing = emblemSvg({
		width: PANEL,
		height: HEIGHT - STRIPE,
		variant: card.variant,
		progress: card.progress,
		accent: card.accent
	});
	const close = svg.lastIndexOf('</svg>');
	return `${svg.slice(0, close)}<g transform="translate(${WIDTH - PANEL} 0)">${drawing}</g></svg>`;
}

/**
 * The card as a PNG file's bytes, `width` pixels wide (1200 × 630 unless told):
 * the same drawing scaled, so a smaller rendition is as sharp as its size allows.
 */
export async function renderCard(card: PreviewCard, width: number = WIDTH): Promise<Uint8Array> {
	const resvg = new Resvg(await cardSvg(card), {
		fitTo: { mode: 'width', value: width },
		// Satori has already turned every letter into a path: no font is needed here.
		font: { loadSystemFonts: false }
	});
	return resvg.render().asPng();
}

/** A prerendered PNG file. */
export function pngResponse(png: Uint8Array): Response {
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
}
