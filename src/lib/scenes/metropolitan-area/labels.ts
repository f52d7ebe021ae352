import { defineLabels } from '../shared/labels';

export default defineLabels({
	fr: {
		aml: 'AML',
		date: 'décembre 2007',
		quotation: ['«\u00a0de Courtrai à Arras', 'et de Béthune à Valenciennes\u00a0»'],
		west: 'à l’ouest',
		east: 'à l’est',
		steps: [
			['2001', 'Wingles'],
			['2002', 'Carvin'],
			['2007', 'AML']
		],
		captions: {
			'cross-border': '«\u00a0transfrontalière et multipolaire\u00a0»',
			'basin-towns': 'Béthune et Valenciennes, villes du bassin',
			framework: 'Un cadre pour toute l’aire urbaine'
		}
	},
	en: {
		aml: 'AML',
		date: 'December 2007',
		quotation: ['“from Kortrijk to Arras', 'and from Béthune to Valenciennes”'],
		west: 'in the west',
		east: 'in the east',
		steps: [
			['2001', 'Wingles'],
			['2002', 'Carvin'],
			['2007', 'AML']
		],
		captions: {
			'cross-border': '“cross-border and multipolar”',
			'basin-towns': 'Béthune and Valenciennes, towns of the basin',
			framework: 'A framework for the whole urban area'
		}
	}
});
