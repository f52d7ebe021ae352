/**
 * Chapter 7, 2000-2002: the interministerial study the Mission conducted for
 * the State and the Region; the mining heritage seen one site at a time, then
 * linked into a network; the idea of the World Heritage List taking shape; the
 * long road still ahead.
 */
import { defineScene } from '../define.ts';

export default defineScene({
	states: ['study', 'network', 'world-list', 'long-road'],
	holdSeconds: 5
});
