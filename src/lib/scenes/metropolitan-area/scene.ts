/**
 * Chapter 12, December 2007: the Aire métropolitaine de Lille, founded on a
 * finding, « de Courtrai à Arras et de Béthune à Valenciennes »; cross-border
 * and multipolar; Béthune and Valenciennes, towns of the basin; the dialogue of
 * Wingles (2001) and Carvin (2002) given a framework for the whole urban area.
 */
import { defineScene } from '../define.ts';

export default defineScene({
	states: ['quotation', 'cross-border', 'basin-towns', 'framework'],
	holdSeconds: 7
});
