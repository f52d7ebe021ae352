/**
 * Chapter 16, today: the Mission's double task since 2013; the 2018-2020
 * agreement, its signatories and its three priorities; new work and
 * long-standing fields; the territory, its seven communautés d'agglomération
 * counted from open data; a future built with its history.
 */
import { defineScene } from '../define.ts';

export default defineScene({
	states: ['two-jobs', 'agreement', 'fields', 'territory', 'history'],
	holdSeconds: 7
});
