/**
 * Chapter 7, the 2000-2002 study: sites seen one by one, then as a network,
 * and the idea of the World Heritage List.
 */
import { defineScene } from '../define.ts';

export default defineScene({
	states: ['study', 'sites', 'network', 'world-list'],
	holdSeconds: 4
});
