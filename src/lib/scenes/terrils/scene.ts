/**
 * Chapter 1, the basin after the pits: its mining landscape (terrils,
 * headframes, cités minières, cavaliers), the question of what to do with
 * it, the story from 1996 to 2013 as stations along the cavalier, the World
 * Heritage inscription, and the basin's size and neighbours.
 */
import { defineScene } from '../define.ts';

export default defineScene({
	states: ['landscape', 'question', 'story', 'world-heritage', 'extent'],
	holdSeconds: 5
});
