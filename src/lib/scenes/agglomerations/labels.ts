import { defineLabels } from '../shared/labels';

/**
 * The words of the epilogue's picture. The agglomerations are named as the
 * chapter names them, by EPCI code; their figures are never written here:
 * they are counted from open data when the site is built.
 */
export default defineLabels({
	fr: {
		manage: ['Gérer le bien inscrit', 'au patrimoine mondial', 'et son plan de gestion'],
		plan: ['Aménager', 'et développer le territoire', 'sa mission depuis 2000'],
		agreement: ['convention pluriannuelle', 'd’objectifs et de moyens'],
		years: '2018-2020',
		signatories: {
			mission: ['la Mission'],
			state: ['l’État'],
			department: ['Département', 'du Pas-de-Calais'],
			region: ['Région', 'Hauts-de-France']
		},
		separate: 'convention distincte',
		nord: 'Département du Nord',
		priorities: [
			['Gérer le bien inscrit et son plan de gestion,', 'levier de résilience'],
			['Rendre plus lisible l’offre', 'culturelle et touristique'],
			['Soutenir l’aménagement et le logement', 'liés à l’ERBM']
		],
		newFields: 'nouveaux chantiers',
		newList: ['communication', 'médiation', 'tourisme'],
		historic: 'domaines historiques',
		historicList: [
			'protection du patrimoine',
			'planification',
			'grands sites miniers',
			'cités minières',
			'cavaliers',
			'trame verte et bleue',
			'coopération internationale',
			'observation du territoire',
			'urbanisme'
		],
		inhabitants: 'habitants',
		communes: 'communes',
		agglomerations: 'communautés d’agglomération',
		names: {
			'200072460': ['Béthune-Bruay,', 'Artois-Lys Romane'],
			'246200364': ['Lens-Liévin'],
			'246200299': ['Hénin-Carvin'],
			'200044618': ['Douaisis Agglo'],
			'245901152': ['Cœur d’Ostrevent'],
			'200042190': ['Porte du', 'Hainaut'],
			'245901160': ['Valenciennes', 'Métropole']
		},
		captions: {
			'two-jobs': 'Depuis 2013\u00a0: deux métiers',
			agreement: 'Une feuille de route fixée par convention',
			priorities: 'Trois priorités pour 2018-2020',
			fields: 'Nouveaux chantiers, domaines historiques'
		}
	},
	en: {
		manage: ['Manage the', 'World Heritage property', 'and its management plan'],
		plan: ['Plan and develop', 'the territory', 'its work since 2000'],
		agreement: ['multi-year agreement', 'on objectives and means'],
		years: '2018–2020',
		signatories: {
			mission: ['the Mission'],
			state: ['the State'],
			department: ['Département', 'du Pas-de-Calais'],
			region: ['Région', 'Hauts-de-France']
		},
		separate: 'separate agreement',
		nord: 'Département du Nord',
		priorities: [
			['Manage the inscribed property and its', 'management plan, a lever of resilience'],
			['Make the cultural and tourism offer', 'easier to read'],
			['Support planning and housing projects', 'linked to the ERBM']
		],
		newFields: 'new fields',
		newList: ['communication', 'mediation', 'tourism'],
		historic: 'historic areas',
		historicList: [
			'heritage protection',
			'planning',
			'major mining sites',
			'cités minières',
			'cavaliers',
			'trame verte et bleue',
			'international cooperation',
			'observation of the territory',
			'urban planning'
		],
		inhabitants: 'inhabitants',
		communes: 'municipalities',
		agglomerations: 'communautés d’agglomération',
		names: {
			'200072460': ['Béthune-Bruay,', 'Artois-Lys Romane'],
			'246200364': ['Lens-Liévin'],
			'246200299': ['Hénin-Carvin'],
			'200044618': ['Douaisis Agglo'],
			'245901152': ['Cœur d’Ostrevent'],
			'200042190': ['Porte du', 'Hainaut'],
			'245901160': ['Valenciennes', 'Métropole']
		},
		captions: {
			'two-jobs': 'Since 2013: two lines of work',
			agreement: 'A roadmap set by agreement',
			priorities: 'Three priorities for 2018–2020',
			fields: 'New fields, historic areas'
		}
	}
});
