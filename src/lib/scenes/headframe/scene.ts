/**
 * Chapter 10, 2002: the 9-9bis at Oignies, how a pit worked, the Mission
 * moving in, the bid to come.
 */
import { defineScene } from '../define.ts';

export default defineScene({
	states: ['site', 'shaft', 'mission'],
	holdSeconds: 3
});
