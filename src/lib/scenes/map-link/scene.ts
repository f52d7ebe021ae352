/**
 * Chapter 8, Wingles, 25 June 2001: the basin and the Lille metropolis, the
 * meeting at Wingles, more than 300 people, a dialogue that begins.
 */
import { defineScene } from '../define.ts';

export default defineScene({
	states: ['neighbours', 'wingles', 'gathering'],
	holdSeconds: 4
});
