/**
 * Reads `stories/<lang>/*.md` from disk for the build-time checks (Node only).
 * The site itself reads the same files through `import.meta.glob`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import type { RawStory } from './validate.ts';

export interface ReadResult {
	stories: RawStory[];
	problems: string[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Parses one file's frontmatter; a YAML error becomes a problem line, not a crash. */
export function parseStory(file: string, text: string): { story?: RawStory; problem?: string } {
	const match = FRONTMATTER.exec(text);
	if (!match) {
		return {
			problem: `${file}: frontmatter: is missing: the file must start with a --- block of fields`
		};
	}
	try {
		return { story: { file, data: parse(match[1]) } };
	} catch (error) {
		const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
		return { problem: `${file}: frontmatter: is not valid YAML (${reason})` };
	}
}

/** Every `.md` file under `stories/<lang>/`, with paths relative to `root`. */
export function readStories(root: string, dir = 'stories'): ReadResult {
	const storiesDir = join(root, dir);
	const stories: RawStory[] = [];
	const problems: string[] = [];
	if (!existsSync(storiesDir)) return { stories, problems: [`${dir}/: folder not found`] };
	for (const lang of readdirSync(storiesDir).sort()) {
		const langDir = join(storiesDir, lang);
		if (!statSync(langDir).isDirectory()) continue;
		for (const name of readdirSync(langDir).sort()) {
			if (!name.endsWith('.md')) continue;
			const file = relative(root, join(langDir, name)).split(sep).join('/');
			const { story, problem } = parseStory(file, readFileSync(join(langDir, name), 'utf8'));
			if (story) stories.push(story);
			if (problem) problems.push(problem);
		}
	}
	return { stories, problems };
}
