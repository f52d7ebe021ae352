/**
 * Interface strings (buttons, labels, landmarks), per language. The story
 * itself lives in stories/, never here; the site's addresses in $lib/paths.
 */
import type { Lang } from '$lib/i18n/lang';

const fr = {
	htmlLang: 'fr',
	skip: 'Aller au récit',
	/** The skip link of pages that have no story (the press page, the 404). */
	skipContent: 'Aller au contenu',
	siteName: 'L’après-mines',
	siteTagline: 'La Mission Bassin Minier, de 1996 à 2013',
	homeDescription:
		'Comment le bassin minier du Nord-Pas-de-Calais est passé d’un débat public sur l’après-mines (1996) à l’inscription au patrimoine mondial de l’UNESCO (2012).',
	homeIntro:
		'Dix-sept ans, seize chapitres\u00a0: de la Conférence Permanente du Bassin Minier à la gestion d’un bien du patrimoine mondial.',
	chapter: 'Chapitre',
	chapterOf: (n: number, total: number) => `Chapitre ${n} sur ${total}`,
	previous: 'Chapitre précédent',
	next: 'Chapitre suivant',
	readFromStart: 'Lire le récit depuis le début',
	continueReading: 'La suite du récit',
	permalink: 'Lien permanent vers ce chapitre',
	places: 'Lieux',
	chapters: 'Les chapitres',
	mainNav: 'Navigation du site',
	home: 'Le récit',
	press: 'Presse',
	kiosk: 'Mode borne',
	footerNote:
		'Récit écrit d’après la présentation de la Mission Bassin Minier. Illustrations et graphiques\u00a0: dessins originaux du site, ce ne sont pas des photographies.',
	notFoundTitle: 'Page introuvable',
	notFoundText:
		'Cette adresse ne mène à aucune page du récit. Le lien est peut-être incomplet, ou la page a été déplacée.',
	notFoundBack: 'Revenir au début du récit',
	errorTitle: 'Une erreur est survenue',
	otherLanguage: 'English',
	otherLanguageShort: 'EN',
	sceneLabel: 'Illustration',
	sceneFigures: 'Les chiffres de l’illustration',
	timeline: 'Chronologie',
	/** What ends a label before its value: French sets a no-break space before the colon. */
	colon: '\u00a0:',
	/** The link-preview pictures (generated at build time, see $lib/press/preview.ts). */
	card: {
		storyIn: (total: number) => `Un récit en ${total} chapitres`,
		alt: (title: string, date: string) =>
			`Image d’aperçu\u00a0: «\u00a0${title}\u00a0», ${date}. Dessin d’un chevalement, d’un terril et de maisons de brique.`
	},
	/** Share and cite, at the end of every chapter. */
	share: {
		// No-break spaces inside « » keep the guillemets on their words' lines.
		citation: (c: Citation) =>
			`«\u00a0${c.title}\u00a0», ${c.siteName}, ${c.publisher}, ${c.published}. ${c.url}`,
		citeSite: (c: Omit<Citation, 'title'>) =>
			`${c.siteName}, ${c.publisher}, ${c.published}. ${c.url}`
	},
	/** The press page, /presse/. */
	pressPage: {
		title: 'Espace presse',
		description: (total: number) =>
			`Les ${total} chapitres de L’après-mines avec leurs dates, résumés, liens permanents et images d’aperçu\u00a0; chiffres clés, crédits et manière de citer.`,
		intro:
			'Chaque chapitre du récit a une adresse permanente qui ne changera pas. Un lien vers elle ouvre directement ce chapitre, et les réseaux sociaux et messageries affichent son titre, son résumé et son image d’aperçu.',
		chapters: 'Les chapitres',
		permalink: 'Lien permanent',
		download: 'Télécharger l’image d’aperçu',
		downloadFormat: 'PNG, 1200 × 630 pixels',
		figures: 'Chiffres clés',
		figuresSource:
			'Source\u00a0: la Mission Bassin Minier, telle qu’elle présente ces chiffres dans sa présentation de l’association.',
		credits: 'Crédits',
		creditTexts:
			'Textes\u00a0: écrits pour ce site d’après la présentation de la Mission Bassin Minier.',
		creditPictures:
			'Illustrations et images d’aperçu\u00a0: dessins originaux du site, générés à partir des données de chaque chapitre. Ce ne sont pas des photographies.',
		creditFonts:
			'Polices\u00a0: Source Serif 4 et Public Sans, sous licence SIL Open Font License (OFL).',
		cite: 'Citer le récit',
		citeIntro:
			'Chaque chapitre propose à sa fin une citation prête à copier. Pour citer le récit dans son ensemble\u00a0:',
		citeChapter: 'Pour un chapitre, par exemple\u00a0:',
		contact: 'Contact presse',
		contactEmail: 'Courriel',
		tableOfContents: 'Sur cette page'
	}
};

/** What a citation names: the chapter, the site, its publisher, its date and the permalink. */
export interface Citation {
	title: string;
	siteName: string;
	publisher: string;
	/** Already formatted for the language (« 26 novembre 2026 »). */
	published: string;
	url: string;
}

export type Strings = typeof fr;

const en: Strings = {
	htmlLang: 'en',
	skip: 'Skip to the story',
	skipContent: 'Skip to the content',
	siteName: 'After the Mines',
	siteTagline: 'The Mission Bassin Minier, 1996 to 2013',
	homeDescription:
		'How the Nord-Pas-de-Calais coal basin went from a public debate on life after the mines (1996) to inscription on UNESCO’s World Heritage List (2012).',
	homeIntro:
		'Seventeen years, sixteen chapters: from the Conférence Permanente du Bassin Minier to managing a World Heritage property.',
	chapter: 'Chapter',
	chapterOf: (n: number, total: number) => `Chapter ${n} of ${total}`,
	previous: 'Previous chapter',
	next: 'Next chapter',
	readFromStart: 'Read the story from the start',
	continueReading: 'The story continues',
	permalink: 'Permanent link to this chapter',
	places: 'Places',
	chapters: 'The chapters',
	mainNav: 'Site navigation',
	home: 'The story',
	press: 'Press',
	kiosk: 'Kiosk mode',
	footerNote:
		'Story written from the Mission Bassin Minier’s own presentation. Illustrations and graphics are the site’s original drawings, not photographs.',
	notFoundTitle: 'Page not found',
	notFoundText:
		'This address leads to no page of the story. The link may be incomplete, or the page may have moved.',
	notFoundBack: 'Back to the start of the story',
	errorTitle: 'Something went wrong',
	otherLanguage: 'Français',
	otherLanguageShort: 'FR',
	sceneLabel: 'Illustration',
	sceneFigures: 'The figures in the picture',
	timeline: 'Timeline',
	colon: ':',
	card: {
		storyIn: (total: number) => `A story in ${total} chapters`,
		alt: (title: string, date: string) =>
			`Preview picture: “${title}”, ${date}. Drawing of a headframe, a spoil tip and brick houses.`
	},
	share: {
		citation: (c: Citation) =>
			`“${c.title}”, ${c.siteName}, ${c.publisher}, ${c.published}. ${c.url}`,
		citeSite: (c: Omit<Citation, 'title'>) =>
			`${c.siteName}, ${c.publisher}, ${c.published}. ${c.url}`
	},
	pressPage: {
		title: 'Press',
		description: (total: number) =>
			`The ${total} chapters of After the Mines with their dates, summaries, permanent links and preview pictures; key figures, credits and how to cite.`,
		intro:
			'Every chapter of the story has a permanent address that will not change. A link to it opens that chapter directly, and social networks and messaging apps show its own title, summary and preview picture.',
		chapters: 'The chapters',
		permalink: 'Permanent link',
		download: 'Download the preview picture',
		downloadFormat: 'PNG, 1200 × 630 pixels',
		figures: 'Key figures',
		figuresSource:
			'Source: the Mission Bassin Minier, as it gives these figures in its own presentation of the association.',
		credits: 'Credits',
		creditTexts: 'Texts: written for this site from the Mission Bassin Minier’s own presentation.',
		creditPictures:
			'Illustrations and preview pictures: the site’s original drawings, generated from each chapter’s data. They are not photographs.',
		creditFonts: 'Fonts: Source Serif 4 and Public Sans, under the SIL Open Font License (OFL).',
		cite: 'How to cite',
		citeIntro: 'Every chapter ends with a citation ready to copy. To cite the story as a whole:',
		citeChapter: 'For one chapter, for example:',
		contact: 'Press contact',
		contactEmail: 'Email',
		tableOfContents: 'On this page'
	}
};

export const strings: Record<Lang, Strings> = { fr, en };
