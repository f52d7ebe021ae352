/**
 * The epilogue map's figures as a table: the seven communautés
 * d'agglomération with their communes and inhabitants, and the totals, all
 * computed at build time from INSEE data (`virtual:open-data`).
 */
import openData from 'virtual:open-data';
import { formatInteger } from '$lib/data/format';
import { defineData } from '../shared/data-table';

const WORDS = {
	fr: {
		caption: 'Les sept communautés d’agglomération du bassin minier',
		columns: ['Communauté d’agglomération', 'Communes', 'Habitants'],
		total: 'Ensemble',
		source: 'Source'
	},
	en: {
		caption: 'The seven intermunicipal authorities of the coal basin',
		columns: ['Intermunicipal authority', 'Municipalities', 'Inhabitants'],
		total: 'Total',
		source: 'Source'
	}
};

export default defineData((lang) => {
	const t = WORDS[lang];
	const { agglomerations, totals, source } = openData;
	return {
		caption: t.caption,
		columns: t.columns,
		rows: agglomerations.map((a) => [
			a.label,
			formatInteger(a.communes, lang),
			formatInteger(a.population, lang)
		]),
		total: [t.total, formatInteger(totals.communes, lang), formatInteger(totals.population, lang)],
		source: `${t.source}${lang === 'fr' ? '\u00a0:' : ':'} ${source}`
	};
});
