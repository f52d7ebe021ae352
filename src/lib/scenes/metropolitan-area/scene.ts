/**
 * Chapter 12, December 2007: the Aire métropolitaine de Lille after Wingles
 * (2001) and Carvin (2002); the founding observation, « de Courtrai à Arras et
 * de Béthune à Valenciennes »; cross-border and multipolar; Béthune and
 * Valenciennes, poles of the basin; a lasting framework for the dialogue.
 */
import { defineScene } from '../define.ts';

export default defineScene({
	states: ['dialogue', 'quotation', 'cross-border', 'basin-poles', 'framework'],
	holdSeconds: 6
});
