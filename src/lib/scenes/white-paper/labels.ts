import { defineLabels } from '../shared/labels';

/** French typography: a no-break space before « : » and inside « ». */
const NB = '\u00a0';

export default defineLabels({
	fr: {
		kind: 'LIVRE BLANC',
		later: `appelé aujourd’hui «${NB}Acte I${NB}»`,
		workshops: 'les ateliers',
		title: ['Une', 'ambition', 'partagée', 'pour', 'l’après-charbon'],
		ambition: `ambition${NB}:`,
		future: 'regard vers l’avenir',
		shared: `partagée${NB}:`,
		consultation: 'une concertation ouverte',
		pierret: 'Christian Pierret',
		pierretRole: 'secrétaire d’État',
		voynet: 'Dominique Voynet',
		voynetRole: 'ministre',
		published: `février 1998${NB}: le livre blanc`,
		approach: 'un titre qui résume la démarche',
		presented: 'présenté à un large public'
	},
	en: {
		kind: 'WHITE PAPER',
		later: 'now called Act I',
		workshops: 'the workshops',
		title: ['Une', 'ambition', 'partagée', 'pour', 'l’après-charbon'],
		ambition: 'ambition:',
		future: 'looking to the future',
		shared: 'partagée (shared):',
		consultation: 'an open consultation',
		pierret: 'Christian Pierret',
		pierretRole: 'Secretary of State',
		voynet: 'Dominique Voynet',
		voynetRole: 'Minister',
		published: 'February 1998: the white paper',
		approach: 'a title that sums up the approach',
		presented: 'presented to a wide audience'
	}
});
