/**
 * Interface strings (buttons, labels, landmarks) and the site's paths, per
 * language. The story itself lives in stories/, never here.
 */
import type { Lang } from '$lib/content/validate';

const fr = {
	htmlLang: 'fr',
	skip: 'Aller au récit',
	siteName: 'L’après-mines',
	siteTagline: 'La Mission Bassin Minier, de 1996 à 2013',
	homeDescription:
		'Comment le bassin minier du Nord-Pas-de-Calais est passé d’un débat public sur l’après-mines (1996) à l’inscription au patrimoine mondial de l’UNESCO (2012).',
	homeIntro:
		'Dix-sept ans, seize chapitres : de la Conférence Permanente du Bassin Minier à la gestion d’un bien du patrimoine mondial.',
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
		'Récit écrit d’après la présentation de la Mission Bassin Minier. Illustrations et graphiques : dessins originaux du site, ce ne sont pas des photographies.',
	notFoundTitle: 'Page introuvable',
	notFoundText:
		'Cette adresse ne mène à aucune page du récit. Le lien est peut-être incomplet, ou la page a été déplacée.',
	notFoundBack: 'Revenir au début du récit',
	errorTitle: 'Une erreur est survenue',
	otherLanguage: 'English',
	sceneLabel: 'Illustration',
	motion: 'Animations',
	motionOn: 'activées',
	motionOff: 'désactivées'
};

export type Strings = typeof fr;

const en: Strings = {
	htmlLang: 'en',
	skip: 'Skip to the story',
	siteName: 'After the Mines',
	siteTagline: 'The Mission Bassin Minier, 1996 to 2013',
	homeDescription:
		'How the coal basin of Nord-Pas-de-Calais went from a public debate about life after the mines (1996) to UNESCO World Heritage listing (2012).',
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
	sceneLabel: 'Illustration',
	motion: 'Animations',
	motionOn: 'on',
	motionOff: 'off'
};

export const strings: Record<Lang, Strings> = { fr, en };

const prefix = (lang: Lang) => (lang === 'fr' ? '' : `/${lang}`);

/** Site paths without the deploy sub-path (add it with `sitePath` / `absoluteUrl`). */
export const paths = {
	home: (lang: Lang) => `${prefix(lang)}/`,
	chapter: (lang: Lang, slug: string) => `${prefix(lang)}/chapitres/${slug}/`,
	press: (lang: Lang) => `${prefix(lang)}/presse/`,
	kiosk: () => '/kiosque/'
};
