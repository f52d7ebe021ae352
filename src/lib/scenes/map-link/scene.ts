/**
 * Chapter 8, Wingles, 25 June 2001: the basin and its neighbour to the north,
 * the Lille metropolis; the founding meeting at Wingles and its two
 * presidents; more than 300 people round them; two worlds that are not
 * separate; a dialogue that opens, with Carvin a few months later.
 */
import { defineScene } from '../define.ts';

export default defineScene({
	states: ['neighbours', 'wingles', 'crowd', 'link', 'dialogue'],
	holdSeconds: 6
});
