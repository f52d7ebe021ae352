/**
 * Chapter 4, February 1998: the workshops' words gathered into one booklet,
 * the white paper (later called Acte I); its title, « Une ambition partagée
 * pour l’après-charbon », word by word; the proposals presented to a wide
 * audience, two members of the government among it.
 */
import { defineScene } from '../define.ts';

export default defineScene({
	states: ['words', 'title', 'audience'],
	holdSeconds: 4
});
