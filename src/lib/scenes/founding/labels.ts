import { defineLabels } from '../shared/labels';

/** French typography: a no-break space before « : », ordinals set as such (1ᵉʳ). */
const NB = '\u00a0';

export default defineLabels({
	fr: {
		name: ['Mission', 'Bassin Minier'],
		day: '12 mai',
		year: '2000',
		association: ['association', `loi du 1ᵉʳ${NB}juillet 1901`],
		elected: 'élus',
		planners: ['acteurs de', 'l’aménagement'],
		restructure: 'Restructurer le bassin',
		planes: 'urbain, social, écologique',
		withHeritage: 'avec son patrimoine minier',
		engineering: 'Ingénierie de projet',
		engineeringHow: 'concevoir, monter, conduire',
		remit: ['dans son mandat', 'dès le départ'],
		inherits: `elle hérite${NB}:`,
		legacy: [['Conférence', 'Permanente'], ['livre blanc'], ['État et', 'Région']],
		pooled: 'des forces mises en commun',
		axes: 'deux axes de travail',
		heritage: 'le patrimoine minier, dès le départ'
	},
	en: {
		name: ['Mission', 'Bassin Minier'],
		day: '12 May',
		year: '2000',
		association: ['an association,', 'law of 1 July 1901'],
		elected: 'elected officials',
		planners: ['those working', 'in planning'],
		restructure: 'Restructure the basin',
		planes: 'urban, social, ecological',
		withHeritage: 'with its mining heritage',
		engineering: 'Capacity to design',
		engineeringHow: 'and run its own projects',
		remit: ['in its remit', 'from the outset'],
		inherits: 'it inherits:',
		legacy: [['Conférence', 'Permanente'], ['white paper'], ['State and', 'Region']],
		pooled: 'efforts pooled in one joint body',
		axes: 'two lines of work',
		heritage: 'mining heritage, from the outset'
	}
});
