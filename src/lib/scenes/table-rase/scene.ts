/**
 * Chapter 2, clean slate or memory: the après-mines, the camp that would wipe
 * the mining era away, the camp that would build with it, the concrete
 * choices (a headframe, a cité minière, a terril), and who decides: in
 * 1996, the public.
 */
import { defineScene } from '../define.ts';

export default defineScene({
	states: ['after-mines', 'clean-slate', 'memory', 'choices', 'public'],
	holdSeconds: 4
});
