/**
 * The kiosk's settings, read from its URL (`/kiosque/?idle=90&countdown=20&pace=1.5&lang=fr`).
 * A museum types these once into the kiosk's start command, so a mistake must
 * never stop the loop: every value out of bounds or malformed falls back to its
 * default and is reported (name, value, reason) on the diagnostic panel.
 * Pure: it reads nothing but the parameters it is given.
 */
import { DEFAULT_LANG, LANGS, type Lang } from '$lib/i18n/lang';

export interface KioskSettings {
	/** Seconds without input before the countdown appears. */
	idle: number;
	/** Seconds the countdown lasts before the loop starts again. */
	countdown: number;
	/** Reading speed of the attract loop: 2 reads twice as fast, 0.5 half as fast. */
	pace: number;
	/** Opens the diagnostic panel as the page loads (for whoever installs the kiosk). */
	diag: boolean;
	/**
	 * The museum's language: the kiosk starts in it, and the idle reset and the
	 * end of each attract loop come back to it, whatever a visitor switched to.
	 */
	lang: Lang;
}

interface NumberRule {
	kind: 'number';
	min: number;
	max: number;
	default: number;
	/** Whether a fraction such as 1.5 is allowed, or whole numbers only. */
	integer: boolean;
}

interface FlagRule {
	kind: 'flag';
	default: boolean;
}

interface ChoiceRule {
	kind: 'choice';
	values: readonly Lang[];
	default: Lang;
}

/**
 * Bounds and defaults. Idle: the brief asks for "a quiet minute"; 20 s is too
 * short to read a paragraph, 10 min leaves the last visitor's page up too long.
 * Countdown: WCAG 2.2.1 asks that a visitor get at least 20 s to say "still
 * here"; 30 s by default. Pace: 0.25 to 4 keeps the text readable at one end and
 * the loop moving at the other; faster loops for tests use `window.__kiosk`.
 * Language: one the story is written in; French, the basin's, by default.
 */
export const SETTING_RULES = {
	idle: { kind: 'number', min: 20, max: 600, default: 60, integer: true },
	countdown: { kind: 'number', min: 20, max: 120, default: 30, integer: true },
	pace: { kind: 'number', min: 0.25, max: 4, default: 1, integer: false },
	diag: { kind: 'flag', default: false },
	lang: { kind: 'choice', values: LANGS, default: DEFAULT_LANG }
} as const satisfies Record<keyof KioskSettings, NumberRule | FlagRule | ChoiceRule>;

export type SettingName = keyof KioskSettings;

export type RejectionReason =
	| { code: 'unknown' }
	| { code: 'repeated' }
	| { code: 'empty' }
	| { code: 'not-a-number' }
	| { code: 'not-whole' }
	| { code: 'too-small'; min: number }
	| { code: 'too-large'; max: number }
	| { code: 'not-a-flag' }
	| { code: 'not-a-language'; allowed: readonly string[] };

export interface Rejection {
	/** The parameter's name as written in the URL. */
	name: string;
	/** The value as written in the URL. */
	value: string;
	reason: RejectionReason;
	/** The value used instead, when the name is a known setting. */
	fallback?: number | boolean | string;
}

export interface ParsedSettings {
	settings: KioskSettings;
	rejected: Rejection[];
}

export const DEFAULT_SETTINGS: KioskSettings = {
	idle: SETTING_RULES.idle.default,
	countdown: SETTING_RULES.countdown.default,
	pace: SETTING_RULES.pace.default,
	diag: SETTING_RULES.diag.default,
	lang: SETTING_RULES.lang.default
};

const isSettingName = (name: string): name is SettingName => Object.hasOwn(SETTING_RULES, name);

// Plain decimal only: "1e3", "0x10", " 60", "Infinity" are typing accidents, not settings.
const DECIMAL = /^\d+(?:[.,]\d+)?$/;

function parseNumber(raw: string, rule: NumberRule): number | RejectionReason {
	const text = raw.trim();
	if (text === '') return { code: 'empty' };
	if (!DECIMAL.test(text)) return { code: 'not-a-number' };
	// A French keyboard types "1,5": read it as 1.5 rather than reject it.
	const value = Number(text.replace(',', '.'));
	if (rule.integer && !Number.isInteger(value)) return { code: 'not-whole' };
	if (value < rule.min) return { code: 'too-small', min: rule.min };
	if (value > rule.max) return { code: 'too-large', max: rule.max };
	return value;
}

function parseFlag(raw: string): boolean | RejectionReason {
	const text = raw.trim().toLowerCase();
	if (text === '' || text === '1' || text === 'true' || text === 'oui') return true;
	if (text === '0' || text === 'false' || text === 'non') return false;
	return { code: 'not-a-flag' };
}

/** A language code, as typed: `en`, `EN` or ` en ` all name English. */
function parseChoice(raw: string, rule: ChoiceRule): Lang | RejectionReason {
	const text = raw.trim().toLowerCase();
	if (text === '') return { code: 'empty' };
	const value = rule.values.find((lang) => lang === text);
	return value ?? { code: 'not-a-language', allowed: rule.values };
}

/** Reads the settings from a URL's query (`?idle=90&pace=1.5`); never throws, reports every value it refused. */
export function parseSettings(query: string): ParsedSettings {
	const params = new URLSearchParams(query);
	const settings: KioskSettings = { ...DEFAULT_SETTINGS };
	const rejected: Rejection[] = [];
	const seen = new Set<string>();

	for (const [name, value] of params) {
		if (!isSettingName(name)) {
			rejected.push({ name, value, reason: { code: 'unknown' } });
			continue;
		}
		if (seen.has(name)) {
			rejected.push({ name, value, reason: { code: 'repeated' }, fallback: settings[name] });
			continue;
		}
		seen.add(name);
		const rule: NumberRule | FlagRule | ChoiceRule = SETTING_RULES[name];
		const parsed =
			rule.kind === 'number'
				? parseNumber(value, rule)
				: rule.kind === 'flag'
					? parseFlag(value)
					: parseChoice(value, rule);
		if (typeof parsed === 'object') {
			rejected.push({ name, value, reason: parsed, fallback: DEFAULT_SETTINGS[name] });
		} else {
			(settings as Record<SettingName, number | boolean | string>)[name] = parsed;
		}
	}
	return { settings, rejected };
}
