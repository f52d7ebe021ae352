/**
 * Chapter 15, 2013: the Conférence Permanente relaunched at a follow-up
 * committee; its thematic workshops and about 150 participants; 120
 * proposals; a new white paper, Acte II, at the end of 2013; the two white
 * papers, fifteen years apart.
 */
import { defineScene } from '../define.ts';

export default defineScene({
	states: ['relaunch', 'workshops', 'proposals', 'act-two', 'two-acts'],
	holdSeconds: 5
});
