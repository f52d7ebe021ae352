/**
 * Chapter 12, December 2007: the dialogue since 2001, the Aire métropolitaine
 * de Lille, its cross-border extent, the basin's poles.
 */
import { defineScene } from '../define.ts';

export default defineScene({
	states: ['dialogue', 'aml', 'extent', 'poles'],
	holdSeconds: 4
});
