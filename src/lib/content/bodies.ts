/**
 * The text of every chapter as HTML, rendered on the server only.
 *
 * Why: the chapters are prerendered, so their text is already in each page's
 * HTML. Shipping it a second time as compiled components would cost the
 * browser about a third of its JavaScript budget for nothing, so the client
 * bundle gets no chapter text at all (this glob is compiled away outside SSR)
 * and `ChapterBody.svelte` keeps the server's HTML when it hydrates.
 */
import type { Component } from 'svelte';
import { render } from 'svelte/server';

const modules = import.meta.env.SSR
	? import.meta.glob<Component>('/stories/*/*.md', { eager: true, import: 'default' })
	: {};

/** The chapter's text as HTML (server only; in the browser there is nothing to render). */
export function bodyHtml(file: string): string {
	const body = modules[`/${file}`];
	if (!body) throw new Error(`${file}: no compiled body found`);
	return render(body).body;
}
