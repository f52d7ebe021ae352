import { defineLabels } from '../shared/labels';

export default defineLabels({
	fr: {
		wingles: 'Wingles, 2001',
		carvin: 'Carvin, 2002',
		quotation: ['«\u00a0de Courtrai à Arras', 'et de Béthune à Valenciennes\u00a0»'],
		west: 'à l’ouest',
		east: 'à l’est',
		aml: 'AML',
		captions: {
			dialogue: 'Décembre 2007\u00a0: naissance de l’AML',
			'cross-border': '«\u00a0transfrontalière et multipolaire\u00a0»',
			'basin-poles': 'Béthune et Valenciennes, pôles du bassin',
			framework: 'Un cadre durable pour le dialogue'
		}
	},
	en: {
		wingles: 'Wingles, 2001',
		carvin: 'Carvin, 2002',
		quotation: ['“from Kortrijk to Arras', 'and from Béthune to Valenciennes”'],
		west: 'in the west',
		east: 'in the east',
		aml: 'AML',
		captions: {
			dialogue: 'December 2007: the AML is born',
			'cross-border': '“cross-border and multipolar”',
			'basin-poles': 'Béthune and Valenciennes, poles of the basin',
			framework: 'A lasting framework for the dialogue'
		}
	}
});
