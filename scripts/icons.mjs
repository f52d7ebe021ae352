// Renders static/favicon.svg to the PNG icons that browsers and the web app
// manifest ask for. Run after changing the SVG: `node scripts/icons.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const svg = readFileSync('static/favicon.svg', 'utf8');
const sizes = {
	'favicon.png': 32,
	'apple-touch-icon.png': 180,
	'icon-192.png': 192,
	'icon-512.png': 512
};
for (const [name, size] of Object.entries(sizes)) {
	const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
	writeFileSync(`static/${name}`, png);
	console.log(`static/${name}: ${size}×${size}, ${png.length} bytes`);
}
