import { defineLabels } from '../shared/labels';

/** French spaces: no-break before « : » (U+00A0). */
export default defineLabels({
	fr: {
		conference: 'Conférence Permanente du Bassin Minier',
		relaunch: '2013 : la relance',
		committee: 'comité de suivi',
		chair: 'présidé par Jean-François Caron',
		workshops: ['Urbanisme', 'Transports', 'Santé', 'Formation', 'Développement économique'],
		participants: 'environ 150 participants',
		proposals: ['120 propositions stratégiques', 'et actions concrètes'],
		closing: ['fin 2013', 'événement de clôture'],
		actTwo: 'Acte II',
		whitePaper: 'un nouveau livre blanc, l’Acte II',
		first: 'livre blanc',
		years: ['1998', '2013'],
		gap: 'quinze ans',
		method: 'la concertation, au cœur de la méthode'
	},
	en: {
		conference: 'Conférence Permanente du Bassin Minier',
		relaunch: '2013: the relaunch',
		committee: 'follow-up committee',
		chair: 'chaired by Jean-François Caron',
		workshops: ['Urban planning', 'Transport', 'Health', 'Training', 'Economic development'],
		participants: 'about 150 participants',
		proposals: ['120 strategic proposals', 'and concrete actions'],
		closing: ['end of 2013', 'closing event'],
		actTwo: 'Act II',
		whitePaper: 'a new white paper, Act II',
		first: 'white paper',
		years: ['1998', '2013'],
		gap: 'fifteen years',
		method: 'consultation, at the heart of the method'
	}
});
