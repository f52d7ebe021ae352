/**
 * Splits a story file into its frontmatter (YAML between two `---` lines) and
 * its body. Pure: the build's checks (reading files from disk) and the site
 * (reading them through Vite) both use it, so both see the same fields.
 */
import { parse } from 'yaml';
import type { RawStory } from './types.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Parses one file; a YAML error becomes a problem line, not a crash. */
export function parseStory(file: string, text: string): { story?: RawStory; problem?: string } {
	const match = FRONTMATTER.exec(text);
	if (!match) {
		return {
			problem: `${file}: frontmatter: is missing: the file must start with a --- block of fields`
		};
	}
	// The body starts on the line after the closing ---.
	const bodyLine = (match[0].match(/\n/g) ?? []).length + (match[0].endsWith('\n') ? 1 : 2);
	try {
		return {
			story: { file, data: parse(match[1]), body: text.slice(match[0].length), bodyLine }
		};
	} catch (error) {
		const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
		return { problem: `${file}: frontmatter: is not valid YAML (${reason})` };
	}
}
