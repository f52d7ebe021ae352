/**
 * Chapter 9, Carvin, 17 January 2002: the seminar, its three themes, the
 * development councils, the joint commission of nine.
 */
import { defineScene } from '../define.ts';

export default defineScene({
	states: ['carvin', 'themes', 'councils', 'commission'],
	holdSeconds: 4
});
