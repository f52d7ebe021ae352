import { defineLabels } from '../shared/labels';

export default defineLabels({
	fr: {
		lille: 'Lille',
		metropolis: 'métropole',
		basin: 'bassin minier',
		wingles: 'Wingles',
		date: '25 juin 2001',
		mauroy: 'Pierre Mauroy',
		mauroyRole: 'Lille Métropole',
		rolos: 'Gilbert Rolos',
		rolosRole: 'la Mission',
		people: 'plus de 300 personnes',
		groups: ['citoyens', 'monde politique', 'milieux économiques', 'secteur associatif'],
		carvin: 'Carvin',
		later: 'quelques mois plus tard',
		captions: {
			neighbours: 'Au nord du bassin, la métropole lilloise',
			wingles: 'Réunion fondatrice à Wingles',
			crowd: 'La société civile des deux territoires',
			link: 'Pas deux mondes séparés',
			dialogue: 'Un dialogue s’ouvre'
		}
	},
	en: {
		lille: 'Lille',
		metropolis: 'metropolis',
		basin: 'coal basin',
		wingles: 'Wingles',
		date: '25 June 2001',
		mauroy: 'Pierre Mauroy',
		mauroyRole: 'Lille Métropole',
		rolos: 'Gilbert Rolos',
		rolosRole: 'the Mission',
		people: 'more than 300 people',
		groups: ['citizens', 'political life', 'business', 'voluntary sector'],
		carvin: 'Carvin',
		later: 'a few months later',
		captions: {
			neighbours: 'North of the basin, the Lille metropolis',
			wingles: 'Founding meeting at Wingles',
			crowd: 'Civil society from both territories',
			link: 'Not two separate worlds',
			dialogue: 'A dialogue opens'
		}
	}
});
