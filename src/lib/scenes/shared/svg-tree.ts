/**
 * For unit tests of scenes without a browser: reads a Figure's server-rendered
 * markup into a small element tree that can be searched with simple selectors.
 */

export interface SvgNode {
	tag: string;
	classes: string[];
	attributes: Record<string, string>;
	parent: SvgNode | null;
	children: SvgNode[];
	/** The text inside the element, its descendants' included. */
	text: string;
	getAttribute(name: string): string | null;
	hasAttribute(name: string): boolean;
}

const TOKEN =
	/<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)/g;
const ATTRIBUTE = /([^\s=]+)(?:="([^"]*)")?/g;

function element(tag: string, attributes: Record<string, string>, parent: SvgNode | null) {
	const node: SvgNode = {
		tag,
		attributes,
		classes: (attributes.class ?? '').split(/\s+/).filter(Boolean),
		parent,
		children: [],
		text: '',
		getAttribute: (name) => attributes[name] ?? null,
		hasAttribute: (name) => name in attributes
	};
	return node;
}

/** Parses well-formed markup (as Svelte's server renderer writes it) into a tree under a root. */
export function parseMarkup(markup: string): SvgNode {
	const root = element('#root', {}, null);
	let current = root;
	for (const [, closing, tag, attributeText, selfClosing, text] of markup.matchAll(TOKEN)) {
		if (text !== undefined) {
			for (let node: SvgNode | null = current; node; node = node.parent) node.text += text;
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

function* descendants(node: SvgNode): Generator<SvgNode> {
	for (const child of node.children) {
		yield child;
		yield* descendants(child);
	}
}

/** `*`, `tag`, `.class`, `tag.class.other`: one compound selector. */
function matchesCompound(node: SvgNode, compound: string): boolean {
	const [tag, ...classes] = compound.split('.');
	return (
		(!tag || tag === '*' || node.tag === tag) && classes.every((c) => node.classes.includes(c))
	);
}

/** Descendant selectors (`.a .b text`) and lists (`.a, .b`): what the scenes use. */
export function select(root: SvgNode, selector: string): SvgNode[] {
	const found = new Set<SvgNode>();
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
