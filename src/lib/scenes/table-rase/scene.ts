/**
 * Chapter 2, clean slate or memory: the après-mines; the two camps, one that
 * would wipe the mining era away, one that would build with it; the
 * concrete choices (a headframe, a cité minière, a terril); and who decides:
 * in 1996, the public.
 */
import { defineScene } from '../define.ts';

export default defineScene({
	states: ['after-mines', 'two-camps', 'choices', 'public'],
	holdSeconds: 4
});
