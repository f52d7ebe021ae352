import { defineLabels } from '../shared/labels';

export default defineLabels({
	fr: {
		property: 'le bien inscrit sur la Liste du patrimoine mondial',
		duties: ['protégé', 'suivi', 'géré'],
		who: 'qui en aura la charge\u00a0?',
		date: '1ᵉʳ janvier 2013',
		mission: 'Mission Bassin Minier',
		role: 'structure partenariale de gestion',
		state: 'l’État',
		close: ['en étroite', 'coordination'],
		bmu: 'Bassin Minier Uni',
		dissolved: 'dissoute',
		joined: 'ses membres rejoignent la Mission',
		scheme: ['Schéma de', 'développement', 'patrimonial'],
		plan: ['plan de', 'gestion'],
		foreshadowed: 'le Schéma annonçait le plan de gestion'
	},
	en: {
		property: 'the property inscribed on the World Heritage List',
		duties: ['protected', 'monitored', 'managed'],
		who: 'who would be in charge?',
		date: '1 January 2013',
		mission: 'Mission Bassin Minier',
		role: 'the partnership body that manages the property',
		state: 'the State',
		close: ['in close', 'coordination'],
		bmu: 'Bassin Minier Uni',
		dissolved: 'dissolved',
		joined: 'its members joined the Mission’s teams',
		scheme: ['Schéma de', 'développement', 'patrimonial'],
		plan: ['management', 'plan'],
		foreshadowed: 'the Schéma pointed towards the management plan'
	}
});
