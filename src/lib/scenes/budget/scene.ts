/**
 * Chapter 5, December 1998: the white paper goes to the CIADT, where several
 * ministries meet, which adopts its priority actions; they get specific
 * funding, and life after the mines becomes a State policy; the decision is
 * carried into the après-mines section of the Contrat de Plan État-Région
 * 2000-2006.
 */
import { defineScene } from '../define.ts';

export default defineScene({
	states: ['committee', 'funding', 'contract'],
	holdSeconds: 5
});
