import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from './settings';

const parse = (query: string) => parseSettings(query);

describe('parseSettings', () => {
	it('uses the defaults when the URL says nothing', () => {
		expect(parse('')).toEqual({ settings: DEFAULT_SETTINGS, rejected: [] });
		expect(parse('?')).toEqual({ settings: DEFAULT_SETTINGS, rejected: [] });
	});

	it('reads a query with its leading question mark, as location.search gives it', () => {
		expect(parse('?idle=90').settings.idle).toBe(90);
	});

	it('keeps the defaults WCAG asks for: a countdown of at least 20 s', () => {
		expect(DEFAULT_SETTINGS.countdown).toBeGreaterThanOrEqual(20);
	});

	it('reads values within bounds', () => {
		const { settings, rejected } = parse('idle=90&countdown=20&pace=1.5&diag=1&lang=en');
		expect(settings).toEqual({ idle: 90, countdown: 20, pace: 1.5, diag: true, lang: 'en' });
		expect(rejected).toEqual([]);
	});

	it('accepts the bounds themselves', () => {
		expect(parse('idle=20&countdown=120&pace=0.25').settings).toMatchObject({
			idle: 20,
			countdown: 120,
			pace: 0.25
		});
		expect(parse('idle=600&pace=4').settings).toMatchObject({ idle: 600, pace: 4 });
	});

	it('reads a French decimal comma', () => {
		expect(parse('pace=1,5').settings.pace).toBe(1.5);
	});

	it('refuses a countdown shorter than 20 s, saying so and what it used instead', () => {
		const { settings, rejected } = parse('countdown=10');
		expect(settings.countdown).toBe(DEFAULT_SETTINGS.countdown);
		expect(rejected).toEqual([
			{
				name: 'countdown',
				value: '10',
				reason: { code: 'too-small', min: 20 },
				fallback: DEFAULT_SETTINGS.countdown
			}
		]);
	});

	it('refuses values above their bound', () => {
		expect(parse('idle=3600').rejected[0].reason).toEqual({ code: 'too-large', max: 600 });
		expect(parse('pace=50').rejected[0].reason).toEqual({ code: 'too-large', max: 4 });
	});

	it.each([
		['idle=abc', 'not-a-number'],
		['idle=1e3', 'not-a-number'],
		['idle=0x40', 'not-a-number'],
		['idle=-30', 'not-a-number'],
		['idle=Infinity', 'not-a-number'],
		['idle=NaN', 'not-a-number'],
		['idle=60s', 'not-a-number'],
		['idle=', 'empty'],
		['idle=60.5', 'not-whole'],
		['pace=1.2.3', 'not-a-number'],
		['diag=maybe', 'not-a-flag'],
		['lang=de', 'not-a-language'],
		['lang=english', 'not-a-language'],
		['lang=', 'empty']
	])('refuses the malformed %s (%s) and keeps the default', (query, code) => {
		const { settings, rejected } = parse(query);
		expect(settings).toEqual(DEFAULT_SETTINGS);
		expect(rejected).toHaveLength(1);
		expect(rejected[0].reason.code).toBe(code);
	});

	it('reports unknown names (a typing mistake) without a fallback', () => {
		const { settings, rejected } = parse('idel=90&idle=90');
		expect(settings.idle).toBe(90);
		expect(rejected).toEqual([{ name: 'idel', value: '90', reason: { code: 'unknown' } }]);
	});

	it('keeps the first of a repeated setting and reports the others', () => {
		const { settings, rejected } = parse('idle=90&idle=120');
		expect(settings.idle).toBe(90);
		expect(rejected).toEqual([
			{ name: 'idle', value: '120', reason: { code: 'repeated' }, fallback: 90 }
		]);
	});

	it('does not take names from the object prototype for settings', () => {
		const { settings, rejected } = parse('toString=1&__proto__=2&constructor=3');
		expect(settings).toEqual(DEFAULT_SETTINGS);
		expect(rejected.map((r) => r.reason.code)).toEqual(['unknown', 'unknown', 'unknown']);
	});

	it('reports every refused value at once', () => {
		const { settings, rejected } = parse('idle=5&countdown=x&pace=9&diag=2&lang=nl');
		expect(settings).toEqual(DEFAULT_SETTINGS);
		expect(rejected.map((r) => r.name)).toEqual(['idle', 'countdown', 'pace', 'diag', 'lang']);
	});

	it('makes French the museum’s language unless the address names another', () => {
		expect(DEFAULT_SETTINGS.lang).toBe('fr');
		expect(parse('lang=fr').settings.lang).toBe('fr');
		expect(parse('lang=en').settings.lang).toBe('en');
		// Typed on a keyboard with caps lock, or with a stray space: still English.
		expect(parse('lang=EN').settings.lang).toBe('en');
		expect(parse('lang=%20en').settings.lang).toBe('en');
	});

	it('refuses a language the story is not written in, naming those it is, and uses French', () => {
		expect(parse('lang=de')).toEqual({
			settings: DEFAULT_SETTINGS,
			rejected: [
				{
					name: 'lang',
					value: 'de',
					reason: { code: 'not-a-language', allowed: ['fr', 'en'] },
					fallback: 'fr'
				}
			]
		});
	});

	it('reads a flag given without a value as on', () => {
		expect(parse('diag').settings.diag).toBe(true);
		expect(parse('diag=0').settings.diag).toBe(false);
	});
});
