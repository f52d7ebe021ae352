/**
 * Chapter 9, Carvin, 17 January 2002: the seminar seals the rapprochement of
 * Lille Métropole and the basin; project groups on three themes; meetings of
 * the development councils; the joint commission of the nine; a wider area
 * on both sides of the Belgian border, a few years later.
 */
import { defineScene } from '../define.ts';

export default defineScene({
	states: ['carvin', 'themes', 'councils', 'commission', 'wider'],
	holdSeconds: 6
});
