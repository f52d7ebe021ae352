/**
 * Chapter 4, the white paper of February 1998: the workshops' words, the
 * booklet and its title, presented to a wide audience, later called Act I.
 */
import { defineScene } from '../define.ts';

export default defineScene({
	states: ['words', 'booklet', 'presented'],
	holdSeconds: 3
});
