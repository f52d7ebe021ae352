/**
 * Where the clean-slate scene draws. The same mining landscape twice, one
 * in each half (the clean slate on the left, memory on the right); small
 * icons of a headframe, a cité minière and a terril for the choices; and
 * the few decision-makers beside the public.
 */
import { seededRandom } from '../shared/geometry';
import { headframe, houses, person, terril } from '../shared/landscape/parts';

export const GROUND = 212;

/** One half's landscape, `dx` from the left edge: a terril, three houses, a headframe. */
export function half(dx: number) {
	const heap = terril(dx + 6, dx + 124, GROUND, dx + 62, 112);
	const cite = houses(dx + 30, GROUND, 3, 23, 13);
	const tower = headframe(dx + 168, GROUND, 84, -1);
	return { heap, cite, tower };
}

/** The choices' three rows: each row's top. */
export const ROWS = [44, 108, 172];

/** A small icon of each thing to decide on, in a 48 × 36 box whose bottom-left is (x, y). */
export function icons(x: number, y: number) {
	const tower = headframe(x + 34, y, 38, -1);
	const cite = houses(x, y, 2, 24, 12);
	const heap = terril(x, x + 50, y, x + 25, y - 34);
	return [
		{ d: tower.frame, wheel: tower.wheel },
		{ d: cite.walls, wheel: null },
		{ d: heap.heap, wheel: null }
	];
}

/** A few decision-makers round a small table, on the left. */
export function fewDecide(): string {
	return [person(58, 170, 34), person(100, 162, 34), person(142, 170, 34)].join('');
}

/**
 * The public: rows of people filling the right half, a little uneven;
 * one path a row, so the rows can arrive one after another.
 */
export function crowdRows(): string[] {
	const random = seededRandom(1996);
	const rows = [
		{ y: 122, count: 8 },
		{ y: 146, count: 9 },
		{ y: 170, count: 8 },
		{ y: 194, count: 9 },
		{ y: 218, count: 8 }
	];
	return rows.map(({ y, count }) => {
		const pitch = 168 / count;
		return Array.from({ length: count }, (_, i) => {
			const x = 216 + pitch * (i + 0.5) + (count === 8 ? 0 : -pitch / 4) + (random() - 0.5) * 4;
			return person(Math.round(x * 10) / 10, y + Math.round((random() - 0.5) * 30) / 10, 18);
		}).join('');
	});
}
