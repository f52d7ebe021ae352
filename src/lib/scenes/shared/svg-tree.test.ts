import { describe, expect, it } from 'vitest';
import { parseMarkup, select } from './svg-tree';

const MARKUP =
	'<!--[--><svg viewBox="0 0 400 300" class="scene-svg"><g class="a"><circle class="dot x" cx="4"></circle>' +
	'<text class="label">Lille<!----></text></g><circle class="dot"></circle><path d="M0 0" /></svg><!--]-->';

describe('the svg tree for scene tests', () => {
	it('reads tags, classes, attributes and text', () => {
		const [svg] = select(parseMarkup(MARKUP), 'svg');
		expect(svg.getAttribute('viewBox')).toBe('0 0 400 300');
		expect(svg.text).toBe('Lille');
		expect(select(svg, 'path')).toHaveLength(1);
	});

	it('matches classes, compounds, descendants and lists, in document order', () => {
		const root = parseMarkup(MARKUP);
		expect(select(root, '.dot')).toHaveLength(2);
		expect(select(root, 'circle.dot.x')[0].getAttribute('cx')).toBe('4');
		expect(select(root, '.a .dot')).toHaveLength(1);
		expect(select(root, '.a text')[0].text).toBe('Lille');
		expect(select(root, '.label, .dot').map((n) => n.tag)).toEqual(['circle', 'text', 'circle']);
		expect(select(root, '.missing')).toHaveLength(0);
		expect(select(root, 'svg *')).toHaveLength(5);
	});
});
