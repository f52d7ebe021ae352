/**
 * Interface strings (buttons, labels, landmarks) and the site's paths, per
 * language. The story itself lives in stories/, never here.
 */
import type { Lang } from '$lib/content/validate';
import type { KioskState } from '$lib/kiosk/machine';
import type { RejectionReason, SettingName } from '$lib/kiosk/settings';

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
	kioskUi: {
		title: 'L’après-mines — borne du musée',
		description:
			'Le récit de la Mission Bassin Minier, de 1996 à 2013, en boucle sur la borne tactile du musée.',
		invitation: 'Touchez l’écran pour explorer',
		controls: 'Commandes de la borne',
		pause: 'Pause',
		resume: 'Reprendre',
		pauseHint: 'Arrêter le défilement du récit',
		resumeHint: 'Faire défiler le récit tout seul',
		restart: 'Recommencer',
		restartHint: 'Revenir au début du récit',
		stillThere: 'Vous êtes encore là ?',
		countdown: (seconds: number) =>
			`Sans action de votre part, le récit reprendra depuis le début dans ${seconds} seconde${seconds > 1 ? 's' : ''}.`,
		stay: 'Je continue',
		takeHome: 'Emportez ce chapitre : scannez',
		qrLabel: (title: string) => `Code QR : lien vers le chapitre « ${title} »`,
		endTitle: 'Fin du récit',
		endText: 'Le récit reprend au début dans un instant.',
		diagnostic: {
			title: 'Diagnostic de la borne',
			close: 'Fermer',
			state: 'État',
			states: {
				attract: 'boucle de présentation',
				visitor: 'visite libre',
				warning: 'compte à rebours',
				resetting: 'remise à zéro'
			} satisfies Record<KioskState, string>,
			paused: 'en pause',
			loops: 'Boucles complètes',
			chapter: 'Écran en cours',
			opening: 'ouverture',
			settings: 'Réglages en vigueur',
			settingNames: {
				idle: 'Inactivité avant le compte à rebours',
				countdown: 'Durée du compte à rebours',
				pace: 'Vitesse de lecture',
				diag: 'Diagnostic à l’ouverture'
			} satisfies Record<SettingName, string>,
			seconds: (n: number) => `${n} s`,
			yes: 'oui',
			no: 'non',
			rejected: 'Valeurs refusées',
			noneRejected: 'Aucune : toutes les valeurs de l’adresse sont acceptées.',
			reason: (reason: RejectionReason): string => {
				switch (reason.code) {
					case 'unknown':
						return 'réglage inconnu (faute de frappe ?), ignoré';
					case 'repeated':
						return 'donné deux fois : la première valeur compte';
					case 'empty':
						return 'valeur vide';
					case 'not-a-number':
						return 'n’est pas un nombre';
					case 'not-whole':
						return 'doit être un nombre entier';
					case 'too-small':
						return `trop petit (au moins ${reason.min})`;
					case 'too-large':
						return `trop grand (au plus ${reason.max})`;
					case 'not-a-flag':
						return 'attendu : 1 ou 0';
				}
			},
			usedInstead: 'valeur utilisée',
			version: 'Version du site',
			offline: 'Fonctionnement hors ligne',
			offlineChecking: 'vérification…',
			offlineUnsupported:
				'indisponible (service worker non enregistré) : la borne a besoin du réseau',
			offlineInstalling: 'mise en cache en cours',
			offlineReady: (cached: number, expected: number) =>
				cached === expected
					? `prêt : ${cached} fichiers sur ${expected} en cache`
					: `incomplet : ${cached} fichiers sur ${expected} en cache`,
			updateWaiting:
				'Une nouvelle version est prête ; elle sera prise à la prochaine remise à zéro.',
			triggers: 'Déclencheurs de défilement actifs (ScrollTrigger)',
			triggersUnknown: 'non disponible sur cette page',
			howToOpen:
				'S’ouvre par un appui long (2 secondes) dans le coin en haut à gauche, ou Alt+Maj+D.'
		}
	}
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
	kioskUi: {
		title: 'After the Mines — museum kiosk',
		description:
			'The story of the Mission Bassin Minier, 1996 to 2013, looping on the museum’s touch screen.',
		invitation: 'Touch the screen to explore',
		controls: 'Kiosk controls',
		pause: 'Pause',
		resume: 'Resume',
		pauseHint: 'Stop the story from scrolling',
		resumeHint: 'Let the story scroll by itself',
		restart: 'Start over',
		restartHint: 'Go back to the start of the story',
		stillThere: 'Are you still there?',
		countdown: (seconds: number) =>
			`Unless you touch the screen, the story starts over in ${seconds} second${seconds > 1 ? 's' : ''}.`,
		stay: 'Keep exploring',
		takeHome: 'Take this chapter with you: scan',
		qrLabel: (title: string) => `QR code: link to the chapter “${title}”`,
		endTitle: 'The end',
		endText: 'The story starts again in a moment.',
		diagnostic: {
			title: 'Kiosk diagnostics',
			close: 'Close',
			state: 'State',
			states: {
				attract: 'attract loop',
				visitor: 'visitor exploring',
				warning: 'countdown',
				resetting: 'resetting'
			} satisfies Record<KioskState, string>,
			paused: 'paused',
			loops: 'Completed loops',
			chapter: 'On screen',
			opening: 'opening',
			settings: 'Settings in force',
			settingNames: {
				idle: 'Idle time before the countdown',
				countdown: 'Countdown length',
				pace: 'Reading pace',
				diag: 'Diagnostics at start'
			} satisfies Record<SettingName, string>,
			seconds: (n: number) => `${n} s`,
			yes: 'yes',
			no: 'no',
			rejected: 'Refused values',
			noneRejected: 'None: every value in the address was accepted.',
			reason: (reason: RejectionReason): string => {
				switch (reason.code) {
					case 'unknown':
						return 'unknown setting (a typing mistake?), ignored';
					case 'repeated':
						return 'given twice: the first value counts';
					case 'empty':
						return 'empty value';
					case 'not-a-number':
						return 'not a number';
					case 'not-whole':
						return 'must be a whole number';
					case 'too-small':
						return `too small (at least ${reason.min})`;
					case 'too-large':
						return `too large (at most ${reason.max})`;
					case 'not-a-flag':
						return 'expected: 1 or 0';
				}
			},
			usedInstead: 'value used',
			version: 'Site version',
			offline: 'Offline operation',
			offlineChecking: 'checking…',
			offlineUnsupported: 'unavailable (no service worker): the kiosk needs the network',
			offlineInstalling: 'caching in progress',
			offlineReady: (cached: number, expected: number) =>
				cached === expected
					? `ready: ${cached} of ${expected} files cached`
					: `incomplete: ${cached} of ${expected} files cached`,
			updateWaiting: 'A new version is ready; it will be taken at the next reset.',
			triggers: 'Live scroll triggers (ScrollTrigger)',
			triggersUnknown: 'not available on this page',
			howToOpen: 'Opens with a long press (2 seconds) in the top left corner, or Alt+Shift+D.'
		}
	}
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
