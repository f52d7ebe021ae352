/** The compiled text of every chapter, by source file (`stories/fr/03-….md`). */
import type { Component } from 'svelte';

const modules = import.meta.glob<Component>('/stories/*/*.md', { eager: true, import: 'default' });

export function bodyOf(file: string): Component {
	const body = modules[`/${file}`];
	if (!body) throw new Error(`${file}: no compiled body found`);
	return body;
}
