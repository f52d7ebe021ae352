/**
 * The basin's palette: schist and coal blacks, the red-brown brick of the
 * cités minières, the green grown back over the terrils, the pale sky of the
 * plain, and one accent (UNESCO blue) for the 2012 chapter. The scenes' SVG
 * files carry these values themselves (an SVG shown as an image sees none of
 * the page's CSS); `src/app.css` declares the same colours for the page.
 */
export const PALETTE = {
	coal: '#17181b',
	schist: '#2e3136',
	'schist-soft': '#5a5e66',
	brick: '#8e3f26',
	'brick-light': '#c46a45',
	green: '#3f6b3a',
	'green-light': '#8fb27f',
	sky: '#eef1f3',
	paper: '#f7f5f0',
	line: '#d6d3cb',
	unesco: '#1b55a0',
	muted: '#4f535a'
} as const;

export type PaletteName = keyof typeof PALETTE;

/** `--coal: #17181b; …`, for a CSS rule. */
export function paletteVariables(): string {
	return Object.entries(PALETTE)
		.map(([name, value]) => `--${name}:${value}`)
		.join(';');
}
