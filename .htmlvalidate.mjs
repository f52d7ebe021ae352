// How the built pages are validated (tests/build.spec.ts runs html-validate on
// every page of build/ and build-subpath/; `npx html-validate build` does the
// same by hand). The presets: everything html-validate recommends, and the
// document-level rules (one <title>, a doctype, no duplicate ids…). Each rule
// changed below says why.
import { defineConfig } from 'html-validate';

export default defineConfig({
	root: true,
	extends: ['html-validate:recommended', 'html-validate:document'],
	rules: {
		// Source style, not validity: the pages are written by SvelteKit and
		// Svelte, which close void elements both ways (`<link …>`, `<meta … />`),
		// indent with tabs and leave trailing spaces between blocks, and
		// app.html's `<!doctype html>` is lower case as Prettier writes it. All
		// are valid HTML.
		'void-style': 'off',
		'doctype-style': 'off',
		'no-trailing-whitespace': 'off',
		// Subresource integrity is for files from other hosts; the site loads
		// none (its Content Security Policy forbids them), and still fails on
		// any that would appear.
		'require-sri': ['error', { target: 'crossorigin' }],
		// `<div role="region" aria-label>` is kept for the kiosk's control bar
		// and the permalink page's "rest of the story": the story's code and tests
		// take every <section> for a chapter (`closest('section')`).
		'prefer-native-element': ['error', { exclude: ['region'] }],
		// Style attributes the site writes on purpose (README, "Security and
		// hosting headers"): app.html's `display: contents` wrapper, the
		// timeline's custom properties, and the kiosk's veil, rendered hidden
		// and faded in by script. Anything else inline is still refused.
		'no-inline-style': ['error', { allowedProperties: ['display', 'opacity', 'visibility'] }]
	}
});
