import { defineLabels } from '../shared/labels';

export default defineLabels({
	fr: {
		place: 'Oignies, 2002',
		emblematic: 'Un grand site minier emblématique',
		headframe: 'chevalement',
		shaft: 'puits',
		lower: ['descendre', 'les mineurs'],
		bringUp: ['remonter', 'le charbon'],
		buildings: 'bâtiments de service',
		tracks: 'voies ferrées',
		terril: 'terril',
		aboveShaft: 'Au-dessus de chaque puits, un chevalement',
		mission: 'Mission Bassin Minier',
		offices: 'ses bureaux',
		future: 'Un lieu où l’on pense l’avenir du bassin'
	},
	en: {
		place: 'Oignies, 2002',
		emblematic: 'A great emblematic mining site',
		headframe: 'headframe',
		shaft: 'shaft',
		lower: ['lowering', 'the miners'],
		bringUp: ['bringing', 'the coal up'],
		buildings: 'service buildings',
		tracks: 'railway tracks',
		terril: 'spoil tip',
		aboveShaft: 'Above each shaft, a headframe',
		mission: 'Mission Bassin Minier',
		offices: 'its offices',
		future: 'A place for thinking about the basin’s future'
	}
});
