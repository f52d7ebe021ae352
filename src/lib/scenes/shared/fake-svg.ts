/**
 * For unit tests of scenes without a browser: reads a Figure's server-rendered
 * markup into a small element tree, and stands in for the `<svg>` an
 * `animate()` receives. Its elements carry the properties the scenes tween,
 * so gsap (which runs in Node without its CSS plugin) tweens them as plain
 * objects, and any other property shows up as a gsap warning.
 */

/** Properties the scenes may tween; gsap warns about any other. */
const TWEENABLE = {
	opacity: 1,
	x: 0,
	y: 0,
	scale: 1,
	scaleY: 1,
	rotation: 0,
	transformOrigin: '',
	strokeDasharray: '',
	strokeDashoffset: 0,
	fillOpacity: 1,
	strokeWidth: 2,
	autoRound: true
};

type Tweenable = { -readonly [K in keyof typeof TWEENABLE]: (typeof TWEENABLE)[K] };

export interface FakeElement extends Tweenable {
	tag: string;
	classes: string[];
	attributes: Record<string, string>;
	parent: FakeElement | null;
	children: FakeElement[];
	text: string;
	getAttribute(name: string): string | null;
}

const TOKEN =
	/<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)/g;
const ATTRIBUTE = /([^\s=]+)(?:="([^"]*)")?/g;

function element(tag: string, attributes: Record<string, string>, parent: FakeElement | null) {
	const node: FakeElement = {
		...TWEENABLE,
		tag,
		attributes,
		classes: (attributes.class ?? '').split(/\s+/).filter(Boolean),
		parent,
		children: [],
		text: '',
		getAttribute: (name) => attributes[name] ?? null
	};
	return node;
}

/** Parses well-formed markup (as Svelte's server renderer writes it) into a tree under a root. */
export function parseMarkup(markup: string): FakeElement {
	const root = element('#root', {}, null);
	let current = root;
	for (const [, closing, tag, attributeText, selfClosing, text] of markup.matchAll(TOKEN)) {
		if (text !== undefined) {
			for (let node: FakeElement | null = current; node; node = node.parent) node.text += text;
		} else if (tag && closing) {
			current = current.parent ?? root;
		} else if (tag) {
			const attributes: Record<string, string> = {};
			for (const [, name, value] of (attributeText ?? '').matchAll(ATTRIBUTE)) {
				attributes[name] = value ?? '';
			}
			const node = element(tag, attributes, current);
			current.children.push(node);
			if (!selfClosing) current = node;
		}
	}
	return root;
}

function* descendants(node: FakeElement): Generator<FakeElement> {
	for (const child of node.children) {
		yield child;
		yield* descendants(child);
	}
}

/** `*`, `tag`, `.class`, `tag.class.other`: one compound selector. */
function matchesCompound(node: FakeElement, compound: string): boolean {
	const [tag, ...classes] = compound.split('.');
	return (
		(!tag || tag === '*' || node.tag === tag) && classes.every((c) => node.classes.includes(c))
	);
}

/** Descendant selectors (`.a .b text`) and lists (`.a, .b`): what the scenes use. */
export function select(root: FakeElement, selector: string): FakeElement[] {
	const found = new Set<FakeElement>();
	for (const part of selector.split(',')) {
		const chain = part.trim().split(/\s+/);
		for (const node of descendants(root)) {
			if (!matchesCompound(node, chain[chain.length - 1])) continue;
			let index = chain.length - 2;
			for (let up = node.parent; up && index >= 0; up = up.parent) {
				if (matchesCompound(up, chain[index])) index--;
			}
			if (index < 0) found.add(node);
		}
	}
	// In document order, as querySelectorAll gives them.
	return [...descendants(root)].filter((node) => found.has(node));
}

/** The `<svg>` of a rendered Figure, with the selectors asked of it recorded. */
export function fakeSvg(markup: string) {
	const root = parseMarkup(markup);
	const svg = select(root, 'svg')[0];
	if (!svg) throw new Error('no <svg> in the markup');
	const asked: { selector: string; count: number }[] = [];
	return {
		svg,
		asked,
		querySelectorAll(selector: string) {
			const matches = select(svg, selector);
			asked.push({ selector, count: matches.length });
			return matches;
		}
	};
}
