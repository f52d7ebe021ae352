/**
 * The session hall of the World Heritage Committee, drawn as a hemicycle of
 * seats round a podium. An illustration, not a count: the chapter gives no
 * number of members, and the picture labels none.
 */
import type { Point } from '../shared/geometry';

/** Centre of the hemicycle (the podium), in the right half of the picture. */
export const HEMICYCLE: Point = [292, 196];
/** Radii of the rows of seats, from the front row back. */
export const ROWS = [46, 62, 78];
/** Distance between two neighbouring seats along a row. */
const PITCH = 13;

const round = (value: number) => Math.round(value * 10) / 10;

/** Every seat, front row first, left to right along each half circle. */
export function seats(): Point[] {
	const [cx, cy] = HEMICYCLE;
	return ROWS.flatMap((r) => {
		const count = Math.floor((Math.PI * r) / PITCH);
		return Array.from({ length: count }, (_, i): Point => {
			const angle = Math.PI * (1 - (i + 0.5) / count);
			return [round(cx + r * Math.cos(angle)), round(cy - r * Math.sin(angle))];
		});
	});
}
