/**
 * Chapter 16, today: the Mission's two jobs, its 2018-2020 agreement, its
 * three priorities, its territory from open data.
 */
import { defineScene } from '../define.ts';

export default defineScene({
	states: ['two-jobs', 'convention', 'priorities', 'territory'],
	holdSeconds: 4
});
