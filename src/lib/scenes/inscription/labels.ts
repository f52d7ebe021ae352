import { defineLabels } from '../shared/labels';

/** French spaces: no-break inside « » (U+00A0); ordinals with a superscript e (36ᵉ). */
export default defineLabels({
	fr: {
		file: 'candidature',
		property: ['Bassin minier', 'Nord-Pas-de-Calais'],
		city: 'Saint-Pétersbourg',
		session: '36ᵉ session',
		committee: 'Comité du patrimoine mondial',
		stamp: 'INSCRIT',
		date: '30 juin 2012',
		inscribed: 'inscrit sur la Liste du patrimoine mondial',
		terms: [
			['Paysage culturel', 'nature + sociétés humaines'],
			['évolutif', 'transformation au long cours'],
			['vivant', 'habité, il change encore']
		],
		category: '« Paysage culturel évolutif vivant »',
		living: 'un paysage où l’on vit',
		care: 'protéger et gérer le bien'
	},
	en: {
		file: 'nomination',
		property: ['Bassin minier', 'Nord-Pas-de-Calais'],
		city: 'Saint Petersburg',
		session: '36th session',
		committee: 'World Heritage Committee',
		stamp: 'INSCRIBED',
		date: '30 June 2012',
		inscribed: 'inscribed on the World Heritage List',
		terms: [
			['cultural landscape', 'nature + human society'],
			['evolving', 'a long transformation'],
			['living', 'inhabited, still changing']
		],
		category: 'evolving living cultural landscape',
		living: 'a landscape people live in',
		care: 'to protect and manage the property'
	}
});
