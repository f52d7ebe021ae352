/**
 * The chapter's types, in one place: what a story file holds once checked
 * (`ChapterMeta`), and what a page receives about a chapter (`ChapterView`).
 */
import type { Lang } from '../i18n/lang.ts';
import type { SceneName } from '../scenes/catalog.ts';
import type { SceneView } from '../scenes/types.ts';
import type { PlaceKey } from './places.ts';

export const PRECISIONS = ['day', 'month', 'year', 'before', 'after'] as const;
export type Precision = (typeof PRECISIONS)[number];

export interface Picture {
	/** Path under `static/`, e.g. `pictures/9-9bis.jpg`. */
	file: string;
	alt: string;
	credit: string;
	kind: 'photo' | 'illustration';
}

export interface ChapterMeta {
	lang: Lang;
	/** Position in the story, from the file name's number prefix (1-based). */
	number: number;
	/** From the file name without its number prefix; the permalink's last segment. */
	slug: string;
	/** Path of the source file, relative to the project, for messages. */
	file: string;
	title: string;
	short: string;
	/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as `precision` says. */
	date: string;
	precision: Precision;
	end?: string;
	summary: string;
	places: PlaceKey[];
	scene: SceneName;
	/** The state of the scene each paragraph shows, in order (frontmatter `steps:`). */
	steps: string[];
	pictures: Picture[];
}

export interface RawStory {
	/** Path relative to the project, e.g. `stories/fr/03-la-conference.md`. */
	file: string;
	/** Parsed frontmatter, whatever its shape. */
	data: unknown;
	/** The markdown after the frontmatter; its paragraphs are checked against `steps:` when given. */
	body?: string;
	/** The file's line on which `body` starts (1-based), for messages. */
	bodyLine?: number;
}

/**
 * A chapter as pages receive it from their server loads: what its components
 * show, written out once by the build (its date as text, place names), so
 * that no page ships the code to make them, nor the fields only the build
 * needs (summary, steps, pictures, its file).
 */
export interface ChapterView {
	lang: Lang;
	number: number;
	slug: string;
	title: string;
	short: string;
	scene: SceneName;
	/** « 30 juin 2012 », « avant 1996 », « 2000–2002 ». */
	dateText: string;
	/** The `datetime` of its `<time>` element. */
	datetime: string;
	stage: SceneView;
	/** Its places' names in its language. */
	placeNames: string[];
	/** « Chapitre 3 sur 16 », for screen readers. */
	position: string;
}
