/**
 * Chapter 13, 30 June 2012: the nomination file, the 36th session in Saint
 * Petersburg, the date, the category.
 */
import { defineScene } from '../define.ts';

export default defineScene({
	states: ['file', 'session', 'date', 'category'],
	holdSeconds: 4
});
