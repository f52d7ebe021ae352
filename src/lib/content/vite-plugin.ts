/**
 * Stops `vite build` and `vite dev` before anything is compiled when a story
 * file is wrong, with one line a problem (file: field: reason).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { readStories } from './read-stories.ts';
import { StoryError, validateStories } from './validate.ts';

export function checkStories(root: string): string[] {
	const read = readStories(root);
	const { problems } = validateStories(read.stories, {
		pictureExists: (file) => existsSync(join(root, 'static', file))
	});
	return [...read.problems, ...problems];
}

export function storiesCheck(): Plugin {
	let root = process.cwd();
	return {
		name: 'stories-check',
		configResolved(config) {
			root = config.root;
		},
		buildStart() {
			const problems = checkStories(root);
			if (problems.length) {
				// Printed plainly as well: Vite wraps thrown errors in a stack trace.
				console.error(`\n${new StoryError(problems).message}\n`);
				throw new StoryError(problems);
			}
		},
		configureServer(server) {
			server.watcher.on('change', (path) => {
				if (!path.includes(`${join(root, 'stories')}`)) return;
				const problems = checkStories(root);
				if (problems.length) server.config.logger.error(new StoryError(problems).message);
			});
		}
	};
}
