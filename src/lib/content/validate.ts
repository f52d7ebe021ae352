/**
 * Checks every story file's frontmatter and file name, and turns them into
 * typed chapters. Pure: it reads nothing itself, so the build (through the
 * Vite plugin), the site (through `import.meta.glob`) and the unit tests all
 * run the very same checks. Every problem is one line: `file: field: reason`.
 */
import { isLang, LANGS, type Lang } from '../i18n/lang.ts';
import { isSceneName, SCENE_NAMES, statesOf, type SceneName } from '../scenes/catalog.ts';
import { groupSteps, parseBody, type Step } from './body.ts';
import { isPlaceKey, type PlaceKey } from './places.ts';
import {
	PRECISIONS,
	type ChapterMeta,
	type Picture,
	type Precision,
	type RawStory
} from './types.ts';

export interface ValidateOptions {
	/** Whether a picture's file exists under `static/`; skipped when absent. */
	pictureExists?: (file: string) => boolean;
	/** The deploy sub-path, prefixed to links to the site's own paths in bodies. */
	base?: string;
}

export const LIMITS = {
	title: 70,
	short: 24,
	summaryMin: 50,
	summaryMax: 200
} as const;

const FILE_NAME = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;
const DATE_SHAPES: Record<Precision, RegExp> = {
	day: /^\d{4}-\d{2}-\d{2}$/,
	month: /^\d{4}-\d{2}$/,
	year: /^\d{4}$/,
	before: /^\d{4}$/,
	after: /^\d{4}$/
};
const SHAPE_WORDS: Record<Precision, string> = {
	day: 'YYYY-MM-DD',
	month: 'YYYY-MM',
	year: 'YYYY',
	before: 'YYYY',
	after: 'YYYY'
};
const KNOWN_FIELDS = new Set([
	'title',
	'short',
	'date',
	'precision',
	'end',
	'summary',
	'places',
	'scene',
	'steps',
	'pictures'
]);

const show = (value: unknown) => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value));
const typeName = (value: unknown) =>
	value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`;

/** True when `YYYY[-MM[-DD]]` names a day, month or year that exists. */
export function isRealDate(value: string): boolean {
	const [y, m, d] = value.split('-').map(Number);
	if (y < 1900 || y > 2100) return false;
	if (m === undefined) return true;
	if (m < 1 || m > 12) return false;
	if (d === undefined) return true;
	const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
	return d >= 1 && d <= days;
}

/** Splits `stories/<lang>/<NN>-<slug>.md` into its parts, or explains what is wrong. */
export function parseStoryPath(
	file: string
): { lang: Lang; number: number; slug: string } | { problem: string } {
	const parts = file.split('/');
	const name = parts.at(-1) ?? '';
	const lang = parts.at(-2) ?? '';
	if (!isLang(lang)) {
		return { problem: `language folder "${lang}" is not one of ${LANGS.join(', ')}` };
	}
	const match = FILE_NAME.exec(name);
	if (!match) {
		return {
			problem: `file name must be NN-slug.md (two digits, then lower-case letters, digits and hyphens)`
		};
	}
	return { lang, number: Number(match[1]), slug: match[2] };
}

function checkString(
	data: Record<string, unknown>,
	field: string,
	report: (field: string, reason: string) => void,
	{ optional = false, max, min }: { optional?: boolean; max?: number; min?: number } = {}
): string | undefined {
	const value = data[field];
	if (value === undefined || value === null) {
		if (!optional) report(field, 'is missing');
		return undefined;
	}
	if (typeof value !== 'string') {
		report(field, `must be text in quotes, not ${typeName(value)} (${show(value)})`);
		return undefined;
	}
	const text = value.trim();
	if (text === '') {
		report(field, 'is empty');
		return undefined;
	}
	if (max !== undefined && text.length > max) {
		report(field, `is ${text.length} characters long, at most ${max} allowed`);
	}
	if (min !== undefined && text.length < min) {
		report(field, `is ${text.length} characters long, at least ${min} needed`);
	}
	return text;
}

function checkPictures(
	value: unknown,
	report: (field: string, reason: string) => void,
	pictureExists?: (file: string) => boolean
): Picture[] {
	if (value === undefined || value === null) {
		report('pictures', 'is missing (write pictures: [] when there is none)');
		return [];
	}
	if (!Array.isArray(value)) {
		report('pictures', `must be a list, not ${typeName(value)}`);
		return [];
	}
	const pictures: Picture[] = [];
	value.forEach((item: unknown, i) => {
		const at = `pictures[${i}]`;
		if (typeof item !== 'object' || item === null || Array.isArray(item)) {
			report(at, `must be { file, alt, credit, kind }, not ${typeName(item)}`);
			return;
		}
		const entry = item as Record<string, unknown>;
		const sub = (field: string, reason: string) => report(`${at}.${field}`, reason);
		const file = checkString(entry, 'file', sub);
		const alt = checkString(entry, 'alt', sub);
		const credit = checkString(entry, 'credit', sub);
		const kind = entry.kind;
		if (kind !== 'photo' && kind !== 'illustration') {
			sub('kind', `${show(kind)} is not one of photo, illustration`);
		}
		if (file && pictureExists && !pictureExists(file)) {
			sub('file', `static/${file} does not exist`);
		}
		if (file && alt && credit && (kind === 'photo' || kind === 'illustration')) {
			pictures.push({ file, alt, credit, kind });
		}
	});
	return pictures;
}

/**
 * `steps:` names, for each paragraph of the body, the state of the scene it
 * shows: the scene's states in their order, each at least once, a state
 * repeated to keep it over several paragraphs.
 */
function checkSteps(
	value: unknown,
	scene: SceneName,
	report: (field: string, reason: string) => void
): string[] | undefined {
	const states = statesOf(scene);
	const known = `scene "${scene}" has ${states.join(', ')}`;
	if (value === undefined || value === null) {
		report('steps', `is missing: name the state each paragraph shows, in order (${known})`);
		return undefined;
	}
	if (!Array.isArray(value) || value.length === 0) {
		report('steps', `must be a list of state names, one a paragraph (${known})`);
		return undefined;
	}
	let sound = true;
	let previous = -1;
	value.forEach((name: unknown, i) => {
		const index = typeof name === 'string' ? states.indexOf(name) : -1;
		if (index < 0) {
			report(`steps[${i}]`, `${show(name)} is not a state of the scene (${known})`);
			sound = false;
		} else if (index < previous) {
			report(
				`steps[${i}]`,
				`"${name}" comes after "${states[previous]}": states go in the scene's order (${states.join(', ')})`
			);
			sound = false;
		} else if (index > previous + 1 && sound) {
			report(
				`steps[${i}]`,
				`"${name}" skips "${states[previous + 1]}": every state of the scene must be shown, in order (${states.join(', ')})`
			);
			sound = false;
		}
		if (index >= 0) previous = Math.max(previous, index);
	});
	if (sound && previous < states.length - 1) {
		report(
			'steps',
			`ends before "${states[previous + 1]}": every state of the scene must be shown, the last one by the last paragraph (${states.join(', ')})`
		);
		sound = false;
	}
	return sound ? (value as string[]) : undefined;
}

/** Checks one file; returns the chapter when it is sound, and reports every problem. */
function validateOne(
	raw: RawStory,
	options: ValidateOptions,
	problems: string[],
	bodies?: Map<string, Step[]>
): ChapterMeta | undefined {
	const before = problems.length;
	const report = (field: string, reason: string) =>
		problems.push(`${raw.file}: ${field}: ${reason}`);

	const where = parseStoryPath(raw.file);
	if ('problem' in where) {
		report('file name', where.problem);
		return undefined;
	}
	if (typeof raw.data !== 'object' || raw.data === null || Array.isArray(raw.data)) {
		report('frontmatter', 'is missing: the file must start with a --- block of fields');
		return undefined;
	}
	const data = raw.data as Record<string, unknown>;
	for (const field of Object.keys(data)) {
		if (!KNOWN_FIELDS.has(field)) report(field, 'is not a known field (a typing mistake?)');
	}

	const title = checkString(data, 'title', report, { max: LIMITS.title });
	const short = checkString(data, 'short', report, { max: LIMITS.short });
	const summary = checkString(data, 'summary', report, {
		min: LIMITS.summaryMin,
		max: LIMITS.summaryMax
	});

	let precision: Precision | undefined;
	const rawPrecision = data.precision;
	if (rawPrecision === undefined || rawPrecision === null) report('precision', 'is missing');
	else if (!(PRECISIONS as readonly unknown[]).includes(rawPrecision)) {
		report('precision', `${show(rawPrecision)} is not one of ${PRECISIONS.join(', ')}`);
	} else precision = rawPrecision as Precision;

	const date = checkString(data, 'date', report);
	if (date && precision) {
		if (!DATE_SHAPES[precision].test(date)) {
			report(
				'date',
				`${show(date)} does not match precision ${precision} (write ${SHAPE_WORDS[precision]})`
			);
		} else if (!isRealDate(date)) {
			report('date', `${show(date)} is not a real date`);
		}
	}
	const end = checkString(data, 'end', report, { optional: true });
	if (end !== undefined) {
		if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(end)) {
			report('end', `${show(end)} must be YYYY, YYYY-MM or YYYY-MM-DD`);
		} else if (!isRealDate(end)) {
			report('end', `${show(end)} is not a real date`);
		} else if (date && end <= date) {
			report('end', `${show(end)} must come after date ${show(date)}`);
		} else if (precision === 'before' || precision === 'after') {
			report('end', `cannot be used with precision ${precision}`);
		}
	}

	let places: PlaceKey[] = [];
	const rawPlaces = data.places;
	if (rawPlaces === undefined || rawPlaces === null) {
		report('places', 'is missing (write places: [] when there is none)');
	} else if (!Array.isArray(rawPlaces)) {
		report('places', `must be a list, not ${typeName(rawPlaces)}`);
	} else {
		places = rawPlaces.filter((key: unknown): key is PlaceKey => {
			if (typeof key === 'string' && isPlaceKey(key)) return true;
			report('places', `${show(key)} is not a known place`);
			return false;
		});
	}

	let scene: SceneName | undefined;
	const rawScene = data.scene;
	if (rawScene === undefined || rawScene === null) report('scene', 'is missing');
	else if (typeof rawScene !== 'string' || !isSceneName(rawScene)) {
		report('scene', `${show(rawScene)} is not a known scene (${SCENE_NAMES.join(', ')})`);
	} else scene = rawScene;

	const steps = scene ? checkSteps(data.steps, scene, report) : undefined;

	const pictures = checkPictures(data.pictures, report, options.pictureExists);

	if (raw.body !== undefined) {
		const body = parseBody(raw.body, {
			file: raw.file,
			firstLine: raw.bodyLine,
			base: options.base,
			lang: 'problem' in where ? undefined : where.lang
		});
		problems.push(...body.problems);
		const paragraphs = `${body.blocks.length} paragraph${body.blocks.length > 1 ? 's' : ''}`;
		const states = scene ? statesOf(scene) : [];
		if (scene && body.problems.length === 0 && body.blocks.length < states.length) {
			report(
				'steps',
				`scene "${scene}" has ${states.length} states but the chapter has ${paragraphs}: every state needs a paragraph of its own; split a paragraph in two, or give the scene fewer states`
			);
		} else if (steps && body.problems.length === 0 && body.blocks.length !== steps.length) {
			report(
				'steps',
				`names ${steps.length} state${steps.length > 1 ? 's' : ''} for ${paragraphs}: give one state a paragraph (repeat a state to keep it over several)`
			);
		} else if (steps && scene && body.problems.length === 0) {
			bodies?.set(
				raw.file,
				groupSteps(
					body.blocks,
					steps.map((name) => states.indexOf(name))
				)
			);
		}
	}

	if (
		problems.length > before ||
		!title ||
		!short ||
		!summary ||
		!date ||
		!precision ||
		!scene ||
		!steps
	) {
		return undefined;
	}
	return {
		lang: where.lang,
		number: where.number,
		slug: where.slug,
		file: raw.file,
		title,
		short,
		date,
		precision,
		...(end ? { end } : {}),
		summary,
		places,
		scene,
		steps,
		pictures
	};
}

/** Checks that numbers run 01, 02, … and that slugs and scenes are unique, within each language. */
function checkSequence(stories: RawStory[], problems: string[]) {
	const byLang = new Map<Lang, { file: string; number: number; slug: string }[]>();
	for (const raw of stories) {
		const where = parseStoryPath(raw.file);
		if ('problem' in where) continue;
		const list = byLang.get(where.lang) ?? [];
		list.push({ file: raw.file, number: where.number, slug: where.slug });
		byLang.set(where.lang, list);
	}
	for (const [, list] of byLang) {
		list.sort((a, b) => a.number - b.number || a.file.localeCompare(b.file));
		const seenSlugs = new Map<string, string>();
		list.forEach((entry, i) => {
			const previous = list[i - 1];
			const expected = previous ? previous.number + 1 : 1;
			const nn = String(entry.number).padStart(2, '0');
			if (previous && previous.number === entry.number) {
				problems.push(`${entry.file}: file name: number ${nn} is also used by ${previous.file}`);
			} else if (entry.number !== expected) {
				problems.push(
					`${entry.file}: file name: number ${nn} is out of sequence (expected ${String(expected).padStart(2, '0')})`
				);
			}
			const other = seenSlugs.get(entry.slug);
			if (other)
				problems.push(`${entry.file}: file name: slug "${entry.slug}" is also used by ${other}`);
			else seenSlugs.set(entry.slug, entry.file);
		});
	}
	// A chapter must exist in every language that has stories, under the same number.
	const langs = [...byLang.keys()];
	for (const lang of langs) {
		for (const entry of byLang.get(lang) ?? []) {
			for (const other of langs) {
				if (other === lang) continue;
				if (!(byLang.get(other) ?? []).some((e) => e.number === entry.number)) {
					problems.push(
						`${entry.file}: file name: chapter ${String(entry.number).padStart(2, '0')} has no ${other} version in stories/${other}/`
					);
				}
			}
		}
	}
}

function checkScenesUnique(chapters: ChapterMeta[], problems: string[]) {
	const seen = new Map<string, string>();
	for (const chapter of chapters) {
		const key = `${chapter.lang}:${chapter.scene}`;
		const other = seen.get(key);
		if (other)
			problems.push(`${chapter.file}: scene: "${chapter.scene}" is already used by ${other}`);
		else seen.set(key, chapter.file);
	}
}

export interface Validated {
	chapters: ChapterMeta[];
	/** Each sound chapter's text, grouped into steps, by file (only for stories read with their body). */
	bodies: Map<string, Step[]>;
	problems: string[];
}

/**
 * Checks all stories together. `chapters` holds only sound files, sorted by
 * language then number; every unsound one has at least one line in `problems`,
 * so nothing is dropped without a word.
 */
export function validateStories(stories: RawStory[], options: ValidateOptions = {}): Validated {
	const problems: string[] = [];
	if (stories.length === 0)
		problems.push('stories/: no chapter found (expected stories/fr/01-….md)');
	const bodies = new Map<string, Step[]>();
	const chapters = stories
		.map((raw) => validateOne(raw, options, problems, bodies))
		.filter((c): c is ChapterMeta => c !== undefined);
	checkSequence(stories, problems);
	checkScenesUnique(chapters, problems);
	chapters.sort((a, b) => a.lang.localeCompare(b.lang) || a.number - b.number);
	return { chapters, bodies, problems };
}

/** The error the build stops with: a heading line and one line a problem. */
export class StoryError extends Error {
	constructor(readonly problems: string[]) {
		super(
			`${problems.length} problem${problems.length > 1 ? 's' : ''} in stories/:\n${problems.join('\n')}`
		);
		this.name = 'StoryError';
	}
}
