import { defineLabels } from '../shared/labels';

export default defineLabels({
	fr: {
		lille: 'Lille Métropole',
		basin: 'bassin minier',
		carvin: 'Carvin',
		themes: [
			['Développement durable', 'dans l’aménagement'],
			['Zones sensibles', 'entre métropole et bassin'],
			['Transports', 'entre les deux territoires']
		],
		council: 'conseil de développement',
		councils: 'conseils de développement',
		commission: 'commission mixte',
		nine: '9 conseils de développement',
		later: 'quelques années plus tard',
		area: 'une vaste aire urbaine',
		countries: { fr: 'FRANCE', be: 'BELGIQUE' },
		captions: {
			carvin: '17 janvier 2002\u00a0: séminaire de Carvin',
			themes: 'Des groupes de projet sur trois thèmes',
			councils: 'Les conseils de développement se rencontrent',
			commission: 'Une commission mixte des neuf conseils',
			wider: 'De part et d’autre de la frontière belge'
		}
	},
	en: {
		lille: 'Lille Métropole',
		basin: 'coal basin',
		carvin: 'Carvin',
		themes: [
			['Sustainable development', 'in planning'],
			['Sensitive zones', 'between metropolis and basin'],
			['Transport', 'between the two territories']
		],
		council: 'development council',
		councils: 'development councils',
		commission: 'joint commission',
		nine: '9 development councils',
		later: 'a few years later',
		area: 'a vast urban area',
		countries: { fr: 'FRANCE', be: 'BELGIUM' },
		captions: {
			carvin: '17 January 2002: the Carvin seminar',
			themes: 'Project groups on three themes',
			councils: 'The development councils meet',
			commission: 'A joint commission of the nine councils',
			wider: 'On both sides of the Belgian border'
		}
	}
});
