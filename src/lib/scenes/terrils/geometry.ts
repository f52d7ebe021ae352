/**
 * Where the terrils scene draws: the ground, the landscape's parts, and the
 * story's timeline laid along the cavalier, one year every 20 units from
 * 1996 to 2013, so the long years of the World Heritage nomination show as a
 * long stretch of track.
 */
import { headframe, houses, terril, track } from '../shared/landscape/parts';

export const GROUND = 214;
export const TRACK_Y = 230;

export const FIRST_YEAR = 1996;
export const LAST_YEAR = 2013;
const LEFT = 20;
const PER_YEAR = 20;

/** The track's x for a year (fractions allowed). */
export const yearX = (year: number) => LEFT + (year - FIRST_YEAR) * PER_YEAR;

export const frontTerril = terril(8, 196, GROUND, 100, 96);
export const backTerril = terril(136, 296, GROUND, 214, 126);
export const cite = houses(184, GROUND, 4, 25, 14);
export const tower = headframe(326, GROUND, 96);
export const cavalier = track(0, 400, TRACK_Y, 13);
