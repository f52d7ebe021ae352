/**
 * Chapter 6, 12 May 2000: elected officials and those working in planning
 * pool their efforts in one association, the Mission Bassin Minier; its first
 * tasks follow two axes; mining heritage is in its remit from the outset, and
 * it inherits the Conférence Permanente's work, the white paper and the
 * framework agreed with the State and the Region.
 */
import { defineScene } from '../define.ts';

export default defineScene({
	states: ['founded', 'two-axes', 'heritage'],
	holdSeconds: 4
});
