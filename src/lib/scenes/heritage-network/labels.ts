import { defineLabels } from '../shared/labels';

export default defineLabels({
	fr: {
		years: '2000–2002',
		study: '\u00a0: étude interministérielle',
		conducted: 'conduite par la Mission pour l’État et la Région',
		questions: 'mettre en valeur\u00a0? relier en réseau\u00a0?',
		headframe: 'chevalement',
		terril: 'terril',
		cite: ['cité minière'],
		together: 'un même territoire façonné par le charbon',
		list: 'Liste du patrimoine mondial',
		value: 'des biens d’une valeur universelle exceptionnelle',
		idea: '«\u00a0une idée folle\u00a0»',
		association: 'association',
		file: 'dossier de candidature',
		inventories: 'inventaires',
		years10: 'près de dix ans de travail'
	},
	en: {
		years: '2000–2002',
		study: ': interministerial study',
		conducted: 'carried out by the Mission for the State and the Region',
		questions: 'make the most of it? link it into a network?',
		headframe: 'headframe',
		terril: 'spoil tip',
		cite: ['miners’ housing', 'estate'],
		together: 'a single landscape shaped by coal',
		list: 'World Heritage List',
		value: 'properties of outstanding universal value',
		idea: '“a wild idea”',
		association: 'association',
		file: 'nomination file',
		inventories: 'inventories',
		years10: 'nearly ten years of work'
	}
});
