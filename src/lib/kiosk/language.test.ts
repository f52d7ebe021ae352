import { describe, expect, it } from 'vitest';
import { LANGS } from '$lib/i18n/lang';
import { paths } from '$lib/paths';
import { ARRIVAL_KEY, leaveArrival, otherLang, takeArrival } from './language';
import { isKioskPath } from './worker-protocol';

/** sessionStorage as the browser gives it, in memory. */
function memoryStorage(entries: Record<string, string> = {}): Storage {
	const map = new Map(Object.entries(entries));
	return {
		get length() {
			return map.size;
		},
		clear: () => map.clear(),
		getItem: (key) => map.get(key) ?? null,
		key: (i) => [...map.keys()][i] ?? null,
		removeItem: (key) => void map.delete(key),
		setItem: (key, value) => void map.set(key, String(value))
	};
}

describe('otherLang', () => {
	it('goes from French to English and back', () => {
		expect(otherLang('fr')).toBe('en');
		expect(otherLang('en')).toBe('fr');
	});
});

describe('arrival', () => {
	it('carries where the visitor was to the next page, once', () => {
		const storage = memoryStorage();
		leaveArrival(storage, { visitor: true, chapter: 7, loops: 3 });
		expect(takeArrival(storage)).toEqual({ visitor: true, chapter: 7, loops: 3 });
		// Taken: a later load of the page (a restart, a new version) starts afresh.
		expect(takeArrival(storage)).toBeNull();
		expect(storage.length).toBe(0);
	});

	it('is nothing when nobody left word', () => {
		expect(takeArrival(memoryStorage())).toBeNull();
		expect(takeArrival(undefined)).toBeNull();
	});

	it.each([
		['not JSON', '{'],
		['no visitor flag', '{"chapter":2,"loops":0}'],
		['a chapter that is not a count', '{"visitor":true,"chapter":-1,"loops":0}'],
		['a fractional chapter', '{"visitor":true,"chapter":1.5,"loops":0}'],
		['loops as text', '{"visitor":true,"chapter":1,"loops":"2"}'],
		['null', 'null']
	])('ignores word it did not write (%s), and removes it', (_, text) => {
		const storage = memoryStorage({ [ARRIVAL_KEY]: text });
		expect(takeArrival(storage)).toBeNull();
		expect(storage.getItem(ARRIVAL_KEY)).toBeNull();
	});

	it('survives a storage that refuses to be used', () => {
		const refusing = {
			getItem: () => {
				throw new DOMException('denied', 'SecurityError');
			},
			setItem: () => {
				throw new DOMException('full', 'QuotaExceededError');
			},
			removeItem: () => {}
		} as unknown as Storage;
		expect(() => leaveArrival(refusing, { visitor: true, chapter: 1, loops: 0 })).not.toThrow();
		expect(takeArrival(refusing)).toBeNull();
	});
});

describe('the kiosk pages the service worker keeps', () => {
	it('knows every language’s kiosk page by its address, and no public page', () => {
		for (const lang of LANGS) {
			expect(isKioskPath(paths.kiosk(lang)), lang).toBe(true);
			expect(isKioskPath(`${paths.kiosk(lang)}__data.json`), lang).toBe(true);
			expect(isKioskPath(paths.home(lang)), lang).toBe(false);
			expect(isKioskPath(paths.chapter(lang, 'kiosque')), lang).toBe(false);
			expect(isKioskPath(paths.press(lang)), lang).toBe(false);
		}
		expect(isKioskPath('/scenes/fr/crowd.0123456789.svg')).toBe(false);
	});
});
