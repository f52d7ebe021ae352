/**
 * Chapter 16, today: the Mission's two lines of work since 2013; the 2018-2020
 * agreement and its signatories; its three priorities; new fields and
 * historic areas; the territory, its seven communautés d'agglomération
 * counted from open data.
 */
import { defineScene } from '../define.ts';

export default defineScene({
	states: ['two-jobs', 'agreement', 'priorities', 'fields', 'territory'],
	holdSeconds: 7
});
