import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
	ASK_MESSAGE,
	HEIGHT_MESSAGE,
	MAX_HEIGHT,
	askMessage,
	heightMessage,
	isAskMessage,
	readHeightMessage
} from './protocol';

describe('the height message', () => {
	it('has one documented shape, the height rounded up', () => {
		expect(heightMessage(812.2)).toEqual({ type: 'apres-mines:height', version: 1, height: 813 });
		expect(heightMessage(-4).height).toBe(0);
		expect(heightMessage(1e9).height).toBe(MAX_HEIGHT);
	});

	it('is read back, and nothing else is', () => {
		expect(readHeightMessage(heightMessage(640))).toBe(640);
		for (const data of [
			null,
			'apres-mines:height',
			{ type: HEIGHT_MESSAGE, height: 640 },
			{ type: HEIGHT_MESSAGE, version: 2, height: 640 },
			{ type: 'other', version: 1, height: 640 },
			{ type: HEIGHT_MESSAGE, version: 1, height: '640' },
			{ type: HEIGHT_MESSAGE, version: 1, height: Number.NaN },
			{ type: HEIGHT_MESSAGE, version: 1, height: -1 },
			{ type: HEIGHT_MESSAGE, version: 1, height: MAX_HEIGHT + 1 }
		])
			expect(readHeightMessage(data), JSON.stringify(data)).toBeUndefined();
	});

	it('has a question, asked by /embed.js', () => {
		expect(askMessage()).toEqual({ type: ASK_MESSAGE, version: 1 });
		expect(isAskMessage(askMessage())).toBe(true);
		expect(isAskMessage({ type: ASK_MESSAGE })).toBe(false);
		expect(isAskMessage(heightMessage(3))).toBe(false);
	});
});

/** `/embed.js` run against a made-up host page: its frames, its listeners. */
function hostPage(scriptSrc: string) {
	const source = readFileSync(join(import.meta.dirname, 'resizer.js'), 'utf8');
	const listeners = new Map<string, (event: unknown) => void>();
	const frame = (src: string) => ({
		src,
		style: {} as Record<string, string>,
		contentWindow: { postMessage: vi.fn() },
		addEventListener: vi.fn()
	});
	const frames = [
		frame('https://example.org/histoire/embed/chapitres/le-9-9bis/'),
		frame('https://example.org/histoire/en/embed/chronologie/'),
		frame('https://example.org/histoire/chapitres/le-9-9bis/'),
		frame('https://evil.example/embed/chapitres/le-9-9bis/')
	];
	const window = {
		addEventListener: (type: string, listener: (event: unknown) => void) =>
			listeners.set(type, listener)
	};
	const document = {
		currentScript: { src: scriptSrc },
		readyState: 'complete',
		getElementsByTagName: () => frames,
		addEventListener: vi.fn()
	};
	new Function('window', 'document', 'location', source)(window, document, {
		href: 'https://journal.example/article'
	});
	const post = (origin: string, source: unknown, data: unknown) =>
		listeners.get('message')?.({ origin, source, data });
	return { frames, post };
}

describe('/embed.js', () => {
	it('speaks the protocol of protocol.ts', () => {
		const source = readFileSync(join(import.meta.dirname, 'resizer.js'), 'utf8');
		expect(source).toContain(`'${HEIGHT_MESSAGE}'`);
		expect(source).toContain(`'${ASK_MESSAGE}'`);
		expect(source).toContain(`MAX_HEIGHT = ${MAX_HEIGHT}`);
	});

	it('asks each of the site’s embed frames for its height, and no other frame', () => {
		const { frames } = hostPage('https://example.org/histoire/embed.js');
		expect(frames[0].contentWindow.postMessage).toHaveBeenCalledWith(
			askMessage(),
			'https://example.org'
		);
		expect(frames[1].contentWindow.postMessage).toHaveBeenCalled();
		expect(frames[2].contentWindow.postMessage).not.toHaveBeenCalled();
		expect(frames[3].contentWindow.postMessage).not.toHaveBeenCalled();
	});

	it('sets a frame’s height from its own messages, from the site’s origin only', () => {
		const { frames, post } = hostPage('https://example.org/histoire/embed.js');
		const [chapter, timeline, page, evil] = frames;
		post('https://example.org', chapter.contentWindow, heightMessage(1234.5));
		expect(chapter.style.height).toBe('1235px');
		expect(timeline.style.height).toBeUndefined();
		// Another origin, even naming our frame's window: ignored.
		post('https://evil.example', chapter.contentWindow, heightMessage(5));
		expect(chapter.style.height).toBe('1235px');
		post('https://evil.example', evil.contentWindow, heightMessage(5));
		expect(evil.style.height).toBeUndefined();
		// Our origin, but a frame that is not an embed; or a malformed message.
		post('https://example.org', page.contentWindow, heightMessage(5));
		expect(page.style.height).toBeUndefined();
		post('https://example.org', timeline.contentWindow, { ...heightMessage(5), version: 2 });
		post('https://example.org', timeline.contentWindow, { ...heightMessage(5), height: '5' });
		expect(timeline.style.height).toBeUndefined();
	});
});
