import { defineLabels } from '../shared/labels';

export default defineLabels({
	fr: {
		lille: 'Lille Métropole',
		basin: 'bassin minier',
		carvin: 'Carvin',
		themes: [
			['Développement durable', 'dans l’aménagement'],
			['Zones sensibles', 'entre métropole et bassin'],
			['Transports', 'entre les deux voisins']
		],
		council: 'conseil de développement',
		councils: 'conseils de développement',
		commission: 'commission mixte',
		nine: '9 conseils de développement',
		captions: {
			carvin: '17 janvier 2002\u00a0: séminaire de Carvin',
			themes: 'Des groupes de projet sur trois thèmes',
			councils: 'Les conseils de développement se rencontrent',
			commission: 'Une commission mixte des neuf conseils'
		}
	},
	en: {
		lille: 'Lille Métropole',
		basin: 'coal basin',
		carvin: 'Carvin',
		themes: [
			['Sustainable development', 'in planning'],
			['Sensitive zones', 'between conurbation and basin'],
			['Transport', 'between the two neighbours']
		],
		council: 'development council',
		councils: 'development councils',
		commission: 'joint commission',
		nine: '9 development councils',
		captions: {
			carvin: '17 January 2002: the Carvin seminar',
			themes: 'Project groups on three themes',
			councils: 'The development councils meet',
			commission: 'A joint commission of the nine councils'
		}
	}
});
