/**
 * Where the 9-9bis scene draws: the surface, the headframe over its shaft,
 * the brick hall beside it, a terril behind, a railway track in front, and
 * under the ground the section the pit state opens.
 */
import { headframe, person, terril, track } from '../shared/landscape/parts';

export const SURFACE = 196;
export const UNDER = 208;
export const BOTTOM = 266;

export const SHAFT = { x: 150, width: 16 };

export const tower = headframe(SHAFT.x, SURFACE, 112, -1);
export const heap = terril(-16, 134, SURFACE, 58, 116);
export const rails = track(0, 400, SURFACE + 7, 12);

/** The brick hall: walls and gable, from `HALL.left` to `HALL.right`. */
export const HALL = { left: 206, right: 376, eaves: 152, ridge: 124 };
export const hall = `M${HALL.left} ${SURFACE}V${HALL.eaves}L${(HALL.left + HALL.right) / 2} ${HALL.ridge}L${HALL.right} ${HALL.eaves}V${SURFACE}Z`;

/** The hall's arched windows: their centres. */
export const WINDOWS = [236, 270, 304, 338];
const windowTop = 162;
const windowBottom = 190;
export const windows = WINDOWS.map(
	(x) => `M${x - 10} ${windowBottom}V${windowTop + 10}a10 10 0 0 1 20 0V${windowBottom}Z`
).join('');

/** Someone at work behind each window, once the Mission has moved in. */
export const workers = WINDOWS.map((x) => person(x, windowBottom, 18)).join('');

/** The strata of the section, gently bent. */
export const strata = [224, 242, 260].map((y) => `M0 ${y}q100 -6 200 0t200 0`).join('');
