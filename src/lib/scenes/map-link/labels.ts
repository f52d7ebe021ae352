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
		area: ['une aire urbaine', 'de dimension métropolitaine'],
		captions: {
			neighbours: 'Au nord du bassin, la métropole lilloise',
			meeting: 'Réunion fondatrice à Wingles',
			link: 'Le bassin et la métropole ont partie liée'
		}
	},
	en: {
		lille: 'Lille',
		metropolis: 'conurbation',
		basin: 'coal basin',
		wingles: 'Wingles',
		date: '25 June 2001',
		mauroy: 'Pierre Mauroy',
		mauroyRole: 'Lille Métropole',
		rolos: 'Gilbert Rolos',
		rolosRole: 'the Mission',
		people: 'more than 300 people',
		groups: ['citizens', 'political life', 'business', 'voluntary sector'],
		area: ['an urban area', 'on a metropolitan scale'],
		captions: {
			neighbours: 'North of the basin, the Lille conurbation',
			meeting: 'Founding meeting at Wingles',
			link: 'The basin and the conurbation, one area'
		}
	}
});
