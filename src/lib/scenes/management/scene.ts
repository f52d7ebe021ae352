/**
 * Chapter 14, 1 January 2013: what an inscribed property requires and who
 * would be in charge; the Mission designated, in close coordination with the
 * State; Bassin Minier Uni dissolved and its members joining the Mission; the
 * Schéma de développement patrimonial pointing to the management plan.
 */
import { defineScene } from '../define.ts';

export default defineScene({
	states: ['obligations', 'designated', 'members-join', 'management-plan'],
	holdSeconds: 5
});
