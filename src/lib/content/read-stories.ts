/**
 * Reads `stories/<lang>/*.md` from disk for the build-time checks and the
 * tests (Node only). The site reads the same files through Vite
 * (`library.ts`), with the same parser.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseStory } from './frontmatter.ts';
import type { RawStory } from './types.ts';

export { parseStory };

export interface ReadResult {
	stories: RawStory[];
	problems: string[];
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
