import { describe, expect, it } from 'vitest';
import {
	CARD,
	cardRows,
	committee,
	participants,
	PARTICIPANTS,
	PROPOSALS,
	tables,
	WORKSHOPS
} from './geometry';

describe('proposals geometry', () => {
	it('seats about 150 participants at the five workshops, 30 at each', () => {
		expect(tables).toHaveLength(WORKSHOPS);
		expect(participants.flat()).toHaveLength(PARTICIPANTS);
		expect(PARTICIPANTS).toBe(150);
		for (const people of participants) expect(people).toHaveLength(30);
	});

	it('lays out 120 cards, none overlapping another', () => {
		const cards = cardRows.flat();
		expect(cards).toHaveLength(PROPOSALS);
		expect(PROPOSALS).toBe(120);
		const keys = new Set(cards.map(([x, y]) => `${x} ${y}`));
		expect(keys.size).toBe(120);
		for (const row of cardRows) {
			for (let i = 1; i < row.length; i++)
				expect(row[i][0] - row[i - 1][0]).toBeGreaterThan(CARD[0]);
		}
	});

	it('keeps everything under the banner, above the caption and inside the frame', () => {
		for (const [x, y] of [...participants.flat(), ...committee, ...cardRows.flat()]) {
			expect(x).toBeGreaterThan(8);
			expect(x + CARD[0]).toBeLessThan(392);
			expect(y).toBeGreaterThan(46);
			expect(y + CARD[1]).toBeLessThan(250);
		}
	});
});
