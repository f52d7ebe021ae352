/**
 * Chapter 3, the 1996 Conférence Permanente: an empty hall, more than 1,000
 * participants, 37 workshop sessions, a land of speech and proposals.
 */
import { defineScene } from '../define.ts';

export default defineScene({
	states: ['hall', 'people', 'tables', 'speech'],
	holdSeconds: 4
});
