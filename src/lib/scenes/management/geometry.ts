/**
 * The management scene of chapter 14: the Mission's circle under the
 * inscribed property, its team as dots (people in general, not a head
 * count), one dot in three a member come from Bassin Minier Uni.
 */
import { sunflower, type Point } from '../shared/geometry';

export const MISSION: Point = [212, 196];
export const MISSION_R = 36;
export const BMU: Point = [80, 200];
export const BMU_R = 26;
/** The three duties, under the property, and where the Mission's ties reach them. */
export const DUTY_Y = 116;
export const DUTY_X = [100, 212, 324];

const team = sunflower(45, MISSION, 8);
/** The Mission's own people, there from its designation. */
export const STAFF: Point[] = team.filter((_, i) => i % 3 !== 1);
/** Bassin Minier Uni's members, among the Mission's teams once they join. */
export const MEMBERS: Point[] = team.filter((_, i) => i % 3 === 1);

/** The Mission's ties to each duty: from the top of its circle to the bottom of each pill. */
export const TIES = DUTY_X.map(
	(x) => `M${MISSION[0]} ${MISSION[1] - MISSION_R - 2}L${x} ${DUTY_Y + 13}`
);
