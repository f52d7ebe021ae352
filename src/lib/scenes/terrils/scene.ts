/**
 * Chapter 1, the basin after the pits: its mining landscape, the question of
 * what to do with it, the years the story spans, and the territory's size.
 */
import { defineScene } from '../define.ts';

export default defineScene({
	states: ['landscape', 'question', 'span', 'extent'],
	holdSeconds: 3
});
