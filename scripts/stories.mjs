// The chapters as the scripts (benchmarks, screenshots) need them, read from
// stories/ without building: language, slug, scene, steps and the page path.
// A chapter's steps name every state of its scene in order (the build checks
// it), so the scene's states are its steps without repeats.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

/** Every chapter, French first, in story order. */
export function readChapters(root = process.cwd()) {
	return ['fr', 'en'].flatMap((lang) =>
		readdirSync(join(root, 'stories', lang))
			.filter((name) => /^\d{2}-.+\.md$/.test(name))
			.sort()
			.map((name) => {
				const data = parse(
					FRONTMATTER.exec(readFileSync(join(root, 'stories', lang, name), 'utf8'))[1]
				);
				const slug = name.slice(3, -3);
				return {
					lang,
					number: Number(name.slice(0, 2)),
					slug,
					title: data.title,
					scene: data.scene,
					steps: data.steps,
					states: [...new Set(data.steps)],
					path: `${lang === 'fr' ? '' : `/${lang}`}/chapitres/${slug}/`
				};
			})
	);
}
