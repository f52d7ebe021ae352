import { defineLabels } from '../shared/labels';

export default defineLabels({
	fr: {
		afterMines: 'l’après-mines',
		toImagine: 'Tout ce qu’il reste à imaginer',
		cleanSlate: 'Table rase',
		memory: 'Mémoire',
		erase: 'effacer, repartir de zéro',
		buildWith: 'bâtir avec cette histoire',
		twoCamps: 'Deux camps s’opposent',
		rows: [
			{ name: 'un chevalement', erase: 'démolir', keep: 'conserver' },
			{ name: 'une cité minière', erase: 'raser', keep: 'rénover' },
			{ name: 'un terril', erase: 'faire disparaître', keep: 'garder' }
		],
		differentBasin: 'Chaque réponse dessine un bassin différent',
		fewDecide: 'quelques décideurs',
		thePublic: 'le public',
		inPublic: 'En 1996, le choix se débat en public'
	},
	en: {
		afterMines: 'après-mines, “after the mines”',
		toImagine: 'Everything still to be imagined',
		cleanSlate: 'Clean slate',
		memory: 'Memory',
		erase: 'erase, start from scratch',
		buildWith: 'build with that history',
		twoCamps: 'Two camps at odds',
		rows: [
			{ name: 'a headframe', erase: 'demolish', keep: 'keep' },
			{ name: 'a miners’ housing estate', erase: 'raze', keep: 'renovate' },
			{ name: 'a spoil tip', erase: 'remove', keep: 'leave it' }
		],
		differentBasin: 'Each answer makes a different basin',
		fewDecide: 'a few decision-makers',
		thePublic: 'the public',
		inPublic: 'In 1996, the choice went before the public'
	}
});
