/**
 * Chapter 11, 2003: Bassin Minier Uni, the nomination file, the inventories
 * gathered, nearly ten years of work.
 */
import { defineScene } from '../define.ts';

export default defineScene({
	states: ['bmu', 'dossier', 'inventories', 'decade'],
	holdSeconds: 4
});
