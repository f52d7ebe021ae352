/**
 * Chapter 2, clean slate or memory: the mining heritage, wiped away, kept and
 * built on, and the choice put before the public.
 */
import { defineScene } from '../define.ts';

export default defineScene({
	states: ['heritage', 'erase', 'keep', 'public'],
	holdSeconds: 3
});
