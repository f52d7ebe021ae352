/**
 * Chapter 9, Carvin, 17 January 2002: the seminar seals the rapprochement of
 * Lille Métropole and the basin; project groups on three themes, none of which
 * stops at an administrative boundary; the development councils meet; the
 * joint commission of the nine.
 */
import { defineScene } from '../define.ts';

export default defineScene({
	states: ['carvin', 'themes', 'councils', 'commission'],
	holdSeconds: 6
});
