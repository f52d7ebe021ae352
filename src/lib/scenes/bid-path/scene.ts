/**
 * Chapter 11, 2003: Bassin Minier Uni founded and the nomination begun; the
 * nomination file the Mission co-produced; the inventories gathered into the
 * Schéma de développement patrimonial; the two organisations side by side for
 * nearly ten years, to inscription in 2012.
 */
import { defineScene } from '../define.ts';

export default defineScene({
	states: ['association', 'nomination-file', 'inventories', 'ten-years'],
	holdSeconds: 5
});
