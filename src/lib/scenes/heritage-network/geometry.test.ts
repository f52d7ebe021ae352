import { describe, expect, it } from 'vitest';
import { LINKS, NODE, OUTLINE, SITES } from './geometry';

describe('heritage-network geometry', () => {
	it('has three of each kind of site', () => {
		for (const kind of ['headframe', 'terril', 'cite']) {
			expect(SITES.filter((site) => site.kind === kind)).toHaveLength(3);
		}
	});

	it('keeps every node whole inside the World Heritage outline', () => {
		const { cx, cy, rx, ry } = OUTLINE;
		for (const { at } of SITES) {
			for (let a = 0; a < 360; a += 10) {
				const x = at[0] + (NODE + 2) * Math.cos((a * Math.PI) / 180);
				const y = at[1] + (NODE + 2) * Math.sin((a * Math.PI) / 180);
				expect(((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2).toBeLessThan(1);
			}
		}
		expect(cx - rx).toBeGreaterThanOrEqual(6);
		expect(cx + rx).toBeLessThanOrEqual(394);
	});

	it('keeps nodes apart and links every site', () => {
		for (let i = 0; i < SITES.length; i++) {
			for (let j = i + 1; j < SITES.length; j++) {
				const [a, b] = [SITES[i].at, SITES[j].at];
				expect(Math.hypot(a[0] - b[0], a[1] - b[1])).toBeGreaterThan(2 * NODE + 8);
			}
		}
		const linked = new Set(LINKS.flat());
		expect(linked.size).toBe(SITES.length);
	});
});
