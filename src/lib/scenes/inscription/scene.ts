/**
 * Chapter 13, 30 June 2012: the nomination file before the World Heritage
 * Committee at its 36th session in Saint Petersburg; the committee decides
 * and the date stamps itself on the file; the category, term by term; a
 * landscape where people live, to protect and manage.
 */
import { defineScene } from '../define.ts';

export default defineScene({
	states: ['nomination', 'inscribed', 'category', 'living'],
	holdSeconds: 5
});
