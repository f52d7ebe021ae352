import { defineLabels } from '../shared/labels';

export default defineLabels({
	fr: {
		whitePaper: 'livre blanc',
		ciadt: 'CIADT',
		ministries: 'plusieurs ministères',
		priorities: 'priorités retenues',
		local: 'aspiration locale',
		policy: 'politique de l’État',
		contract: 'Contrat de Plan État-Région 2000-2006',
		section: 'volet après-mines',
		month: 'décembre 1998',
		committee: 'un comité interministériel',
		funding: 'un financement spécifique',
		together: 'l’État et la Région, sur plusieurs années'
	},
	en: {
		whitePaper: 'white paper',
		ciadt: 'CIADT',
		ministries: 'several ministries',
		priorities: 'priorities adopted',
		local: 'a local aspiration',
		policy: 'a State policy',
		contract: 'State–Region planning contract 2000–2006',
		section: 'section for life after the mines',
		month: 'December 1998',
		committee: 'an interministerial committee',
		funding: 'dedicated funding',
		together: 'the State and the Region, over several years'
	}
});
