/**
 * Chapter 15, 2013: the Conférence relaunched, its thematic workshops, 120
 * proposals, the white paper Act II.
 */
import { defineScene } from '../define.ts';

export default defineScene({
	states: ['relaunch', 'workshops', 'proposals', 'act-two'],
	holdSeconds: 4
});
