import { defineLabels } from '../shared/labels';

/**
 * The agglomerations' own names, by EPCI code, the same in both languages,
 * broken into the lines the map shows.
 */
const NAMES = {
	'200072460': ['Béthune-Bruay,', 'Artois-Lys Romane'],
	'246200364': ['Lens-Liévin'],
	'246200299': ['Hénin-Carvin'],
	'200044618': ['Douaisis Agglo'],
	'245901152': ['Cœur d’Ostrevent'],
	'200042190': ['Porte du', 'Hainaut'],
	'245901160': ['Valenciennes', 'Métropole']
};

/**
 * The words of the epilogue's picture. The agglomerations are named as the
 * chapter names them, by EPCI code; their figures are never written here:
 * they are counted from open data when the site is built.
 */
export default defineLabels({
	fr: {
		manage: ['Gérer le bien inscrit', 'au patrimoine mondial', 'et son plan de gestion'],
		plan: ['Aménager', 'et développer', 'créée pour cela en 2000'],
		years: '2018-2020',
		agreement: ['convention pluriannuelle', 'd’objectifs et de moyens'],
		signatories: ['Mission', 'État', 'Région Hauts-de-France', 'Département du Pas-de-Calais'],
		separate: 'convention distincte',
		nord: 'Département du Nord',
		priorities: 'trois priorités',
		priorityLines: [
			['Gérer le bien, appliquer', 'son plan de gestion,', 'levier de résilience'],
			['Rendre plus lisible', 'l’offre culturelle', 'et touristique'],
			['Soutenir l’aménagement', 'et le logement (ERBM)']
		],
		fresh: 'nouveaux champs d’action',
		freshList: ['communication', 'médiation auprès des publics', 'tourisme'],
		historic: 'chantiers historiques',
		historicList: [
			'grands sites miniers',
			'cités minières',
			'cavaliers',
			'trame verte et bleue',
			'coopération internationale',
			'observation du territoire',
			'urbanisme'
		],
		shared: 'une expertise partagée',
		sharedList: ['nationale', 'européenne', 'internationale'],
		inhabitants: 'habitants',
		communes: 'communes',
		names: NAMES,
		captions: {
			'two-jobs': 'Depuis 2013, une double tâche',
			agreement: '2018-2020\u00a0: une convention, trois priorités',
			fields: 'Nouveaux champs, chantiers historiques',
			territory: 'Sept communautés d’agglomération sur 120\u00a0km',
			history: 'L’avenir avec son histoire, non contre elle'
		}
	},
	en: {
		manage: ['Manage the', 'World Heritage property', 'and its management plan'],
		plan: ['Planning and', 'development', 'founded for it in 2000'],
		years: '2018–2020',
		agreement: ['multi-year agreement', 'on objectives and means'],
		signatories: ['Mission', 'State', 'Région Hauts-de-France', 'Département du Pas-de-Calais'],
		separate: 'separate agreement',
		nord: 'Département du Nord',
		priorities: 'three priorities',
		priorityLines: [
			['Manage the property and', 'its management plan,', 'a lever of resilience'],
			['Make the cultural and', 'tourism offer easier', 'to grasp'],
			['Support planning and', 'housing projects (ERBM)']
		],
		fresh: 'new work',
		freshList: ['communication', 'interpretation for visitors', 'tourism'],
		historic: 'long-standing fields',
		historicList: [
			'major mining sites',
			'miners’ housing estates',
			'former mining railway lines',
			'green and blue network',
			'international cooperation',
			'monitoring',
			'urban planning'
		],
		shared: 'expertise shared',
		sharedList: ['national', 'European', 'international'],
		inhabitants: 'inhabitants',
		communes: 'municipalities',
		names: NAMES,
		captions: {
			'two-jobs': 'Since 2013: two roles',
			agreement: '2018–2020: one agreement, three priorities',
			fields: 'New work, long-standing fields',
			territory: 'Seven intermunicipal authorities over 120 km',
			history: 'The future with its history, not against it'
		}
	}
});
