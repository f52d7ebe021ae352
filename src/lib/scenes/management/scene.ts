/**
 * Chapter 14, 1 January 2013: what an inscription requires, the Mission
 * designated, BMU's members joining it, the management plan's groundwork.
 */
import { defineScene } from '../define.ts';

export default defineScene({
	states: ['obligations', 'designated', 'merged', 'plan'],
	holdSeconds: 3
});
