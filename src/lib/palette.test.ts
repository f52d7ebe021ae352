import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PALETTE } from './palette';

const src = join(import.meta.dirname, '..');

describe('the palette', () => {
	it('is what the page declares: app.css gives every colour the same value', () => {
		const css = readFileSync(join(src, 'app.css'), 'utf8');
		const root = css.match(/:root \{([\s\S]*?)\n\}/)?.[1] ?? '';
		const declared = Object.fromEntries(
			[...root.matchAll(/--([a-z-]+): (#[0-9a-f]{6});/g)].map(([, name, value]) => [name, value])
		);
		expect(declared).toEqual(PALETTE);
	});

	it('is the only place a colour is written: no component, style or module has its own', () => {
		const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
			.filter((file) => /\.(svelte|ts|css)$/.test(file) && !/(\.test|palette)\.ts$/.test(file))
			.map((file) => join(src, file));
		expect(files.length).toBeGreaterThan(50);
		const own = files.flatMap((file) => {
			const text = readFileSync(file, 'utf8');
			// app.css declares the palette itself (its :root block is checked
			// above), and prints in ink: black and grey on white, by design.
			const checked = file.endsWith('app.css')
				? text.replace(/:root \{[\s\S]*?\n\}/, '').replace(/@media print \{[\s\S]*?\n\}/, '')
				: text;
			return [...checked.matchAll(/#[0-9a-fA-F]{3,8}\b(?![-\w])/g)].map(
				([colour]) => `${relative(src, file)}: ${colour}`
			);
		});
		expect(own).toEqual([]);
	});
});
