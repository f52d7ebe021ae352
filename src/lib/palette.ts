/**
 * The basin's palette: schist and coal blacks, the red-brown brick of the
 * cités minières, the green grown back over the terrils, the pale sky of the
 * plain, and one accent (UNESCO blue) for the 2012 chapter; and the few tones
 * used on the dark grounds. The one list of the site's colours: the scenes'
 * SVG files carry these values themselves (an SVG shown as an image sees none
 * of the page's CSS), the preview cards are drawn with them, and `src/app.css`
 * declares the same colours for the page (`palette.test.ts` holds it to
 * them). Components use the variables, never a colour of their own.
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
	muted: '#4f535a',
	/** Links on paper: a darker brick, for contrast with small text. */
	link: '#7a3520',
	/** The raised cards on paper (previous and next chapter). */
	white: '#ffffff',
	/** On the dark grounds (the banner, the footer, the kiosk's bar and panel): text, */
	'on-dark': '#e6e7e9',
	/** quieter text, */
	'on-dark-muted': '#c9ccd1',
	/** links, in a pale brick, */
	'brick-on-dark': '#f3d3c4',
	/** and the focus ring, a light blue. */
	'focus-on-dark': '#8ab4ff'
} as const;

export type PaletteName = keyof typeof PALETTE;

/** `--coal: #17181b; …`, for a CSS rule. */
export function paletteVariables(): string {
	return Object.entries(PALETTE)
		.map(([name, value]) => `--${name}:${value}`)
		.join(';');
}
