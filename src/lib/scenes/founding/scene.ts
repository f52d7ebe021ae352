/**
 * Chapter 6, 12 May 2000: the association is founded, its members pool their
 * strength, its two axes, mining heritage in its remit.
 */
import { defineScene } from '../define.ts';

export default defineScene({
	states: ['founded', 'pooled', 'two-axes'],
	holdSeconds: 3
});
