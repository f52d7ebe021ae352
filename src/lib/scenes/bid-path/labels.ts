import { defineLabels } from '../shared/labels';

export default defineLabels({
	fr: {
		bmu: 'Bassin Minier Uni (BMU)',
		chair: 'présidée par Jean-François Caron',
		mission: 'Mission Bassin Minier',
		start: '2003',
		end: '2012',
		file: ['dossier de', 'candidature'],
		scheme: ['Schéma de développement', 'patrimonial'],
		inscription: 'inscription',
		span: 'près de dix ans',
		launched: 'la candidature est lancée',
		coproduced: 'coproduit par la Mission',
		gathered: 'tous les inventaires réunis',
		together: 'côte à côte, jusqu’à l’inscription'
	},
	en: {
		bmu: 'Bassin Minier Uni (BMU)',
		chair: 'chaired by Jean-François Caron',
		mission: 'Mission Bassin Minier',
		start: '2003',
		end: '2012',
		file: ['nomination', 'file'],
		scheme: ['Schéma de développement', 'patrimonial'],
		inscription: 'inscription',
		span: 'nearly ten years',
		launched: 'the nomination began',
		coproduced: 'co-produced by the Mission',
		gathered: 'all the inventories gathered',
		together: 'side by side, to inscription'
	}
});
