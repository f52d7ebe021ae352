import { defineLabels } from '../shared/labels';

/** French spaces: no-break inside « » (U+00A0); English quotes “ ”. */

export default defineLabels({
	fr: {
		hall: 'Conférence Permanente du Bassin Minier',
		year: '1996',
		people: 'plus de 1 000 participants',
		sessions: '37 séances d’ateliers',
		speech: 'une « terre de paroles et de propositions »'
	},
	en: {
		hall: 'Conférence Permanente du Bassin Minier',
		year: '1996',
		people: 'more than 1,000 participants',
		sessions: '37 workshop sessions',
		speech: 'a “land of speech and proposals”'
	}
});
