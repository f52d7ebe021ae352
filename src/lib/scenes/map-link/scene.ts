/**
 * Chapter 8, Wingles, 25 June 2001: the basin and its neighbour to the north,
 * the Lille conurbation; the founding meeting at Wingles, its two presidents
 * and more than 300 people round them; an urban area on a metropolitan scale,
 * across the border, of which the basin and the conurbation are both part.
 */
import { defineScene } from '../define.ts';

export default defineScene({
	states: ['neighbours', 'meeting', 'link'],
	holdSeconds: 7
});
