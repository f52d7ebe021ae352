import { describe, expect, it } from 'vitest';
import { allChapters, chaptersOf, storyLangs } from '$lib/content/library';
import { chapterCard, pageCard, type PreviewCard } from '$lib/press/preview';
import { emblemSvg } from './emblem';
import { cardSvg, keepTogether, renderCard } from './render';

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Uint8Array) {
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
	expect(new TextDecoder().decode(png.subarray(12, 16))).toBe('IHDR');
	return { width: view.getUint32(16), height: view.getUint32(20) };
}

const cards: [string, PreviewCard][] = [
	...allChapters().map((c): [string, PreviewCard] => [c.file, chapterCard(c, chaptersOf(c.lang))]),
	...storyLangs().flatMap((lang): [string, PreviewCard][] => [
		[`${lang} home`, pageCard(lang, 'home', chaptersOf(lang))],
		[`${lang} press`, pageCard(lang, 'press', chaptersOf(lang))]
	])
];

describe('renderCard', () => {
	it.each(cards)('draws %s as a 1200×630 PNG under 300 KB', async (_name, card) => {
		const png = await renderCard(card);
		expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
		expect(png.byteLength).toBeLessThan(300 * 1024);
	});

	it('draws the smaller rendition at 600 × 315, in under half the bytes', async () => {
		const card = cards[0][1];
		const small = await renderCard(card, 600);
		expect(pngSize(small)).toEqual({ width: 600, height: 315 });
		expect(small.byteLength).toBeLessThan((await renderCard(card)).byteLength / 2);
	});

	it('draws the same card the same way on every build', async () => {
		const card = cards[0][1];
		expect(await cardSvg(card)).toBe(await cardSvg(card));
	});

	it('lays every letter out as a path, so the picture needs no font to be shown', async () => {
		const svg = await cardSvg(cards[0][1]);
		expect(svg).not.toContain('<text');
		expect(svg).toMatch(/^<svg[^>]+width="1200"[^>]+height="630"/);
	});
});

describe('emblemSvg', () => {
	const base = { width: 440, height: 616, variant: 5, progress: 0.5, accent: 'brick' as const };

	it('differs between neighbouring chapters', () => {
		expect(emblemSvg(base)).not.toBe(emblemSvg({ ...base, variant: 6 }));
	});

	it('grows the green over the terril with the story', () => {
		const green = (svg: string) => (svg.match(/fill="#3f6b3a"/g) ?? []).length;
		expect(green(emblemSvg({ ...base, progress: 0 }))).toBe(0);
		expect(green(emblemSvg({ ...base, progress: 0.5 }))).toBe(1);
	});

	it('turns the sun UNESCO blue for the UNESCO accent only', () => {
		expect(emblemSvg({ ...base, accent: 'unesco' })).toContain('#1b55a0');
		expect(emblemSvg(base)).not.toContain('#1b55a0');
	});
});

describe('keepTogether', () => {
	it('binds French punctuation to the word before it, and opening guillemets to the word after', () => {
		expect(keepTogether('Table rase : « mémoire » ?', 'fr')).toBe(
			'Table rase\u00a0: «\u00a0mémoire\u00a0»\u00a0?'
		);
	});

	it('leaves English alone', () => {
		expect(keepTogether('Wingles: a meeting', 'en')).toBe('Wingles: a meeting');
	});
});
