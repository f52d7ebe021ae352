/**
 * The kiosk's interface strings (/kiosque/), apart from the public site's
 * (`./index.ts`) so that the pages people read on their phones do not carry
 * them: only the kiosk page imports this module (and the diagnostic panel's
 * strings are in `./kiosk-diagnostic.ts`, loaded with the panel).
 */
import type { Lang } from '$lib/i18n/lang';

const fr = {
	title: 'L’après-mines — borne du musée',
	description:
		'Le récit de la Mission Bassin Minier, de 1996 à 2013, en boucle sur la borne tactile du musée.',
	invitation: 'Touchez l’écran pour explorer',
	controls: 'Commandes de la borne',
	pause: 'Pause',
	pauseHint: 'Arrêter le défilement du récit',
	resumeHint: 'Faire défiler le récit tout seul',
	restart: 'Recommencer',
	restartHint: 'Revenir au début du récit',
	stillThere: 'Vous êtes encore là\u00a0?',
	countdown: (seconds: number) =>
		`Sans action de votre part, le récit reprendra depuis le début dans ${seconds} seconde${seconds > 1 ? 's' : ''}.`,
	stay: 'Je continue',
	takeHome: 'Emportez ce chapitre\u00a0: scannez',
	qrLabel: (title: string) => `Code QR\u00a0: lien vers le chapitre «\u00a0${title}\u00a0»`,
	endTitle: 'Fin du récit',
	/**
	 * The language button: it names the other language in that language (a
	 * visitor looks for their own), with `lang` on the button for screen readers.
	 */
	otherLanguage: {
		lang: 'en' as Lang,
		label: 'English',
		hint: 'Read the story in English'
	}
};

export type KioskStrings = typeof fr;

const en: KioskStrings = {
	title: 'After the Mines — museum kiosk',
	description:
		'The story of the Mission Bassin Minier, 1996 to 2013, looping on the museum’s touch screen.',
	invitation: 'Touch the screen to explore',
	controls: 'Kiosk controls',
	pause: 'Pause',
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
	otherLanguage: {
		lang: 'fr',
		label: 'Français',
		hint: 'Lire le récit en français'
	}
};

export const kioskStrings: Record<Lang, KioskStrings> = { fr, en };
