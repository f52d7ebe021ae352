/**
 * Chapter 5, December 1998: the white paper's priorities, the CIADT's funding,
 * the 2000-2006 State-Region plan contract, someone needed on the ground.
 */
import { defineScene } from '../define.ts';

export default defineScene({
	states: ['priorities', 'ciadt', 'contract'],
	holdSeconds: 4
});
