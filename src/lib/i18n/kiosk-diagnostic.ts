/**
 * The strings of the kiosk's diagnostic panel, for the staff who install and
 * look after a kiosk. Imported by the panel only, which loads when it opens.
 */
import type { Lang } from '$lib/i18n/lang';
import type { KioskState } from '$lib/kiosk/machine';
import type { RejectionReason, SettingName } from '$lib/kiosk/settings';

const fr = {
	title: 'Diagnostic de la borne',
	close: 'Fermer',
	/** Between a value and what is said of it. */
	colon: '\u00a0: ',
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
		diag: 'Diagnostic à l’ouverture',
		lang: 'Langue du musée (départ, remise à zéro, fin de boucle)'
	} satisfies Record<SettingName, string>,
	languages: { fr: 'français', en: 'anglais' } satisfies Record<Lang, string>,
	onScreen: 'Langue à l’écran',
	seconds: (n: number) => `${n} s`,
	yes: 'oui',
	no: 'non',
	rejected: 'Valeurs refusées',
	noneRejected: 'Aucune\u00a0: toutes les valeurs de l’adresse sont acceptées.',
	reason: (reason: RejectionReason): string => {
		switch (reason.code) {
			case 'unknown':
				return 'réglage inconnu (faute de frappe\u00a0?), ignoré';
			case 'repeated':
				return 'donné deux fois\u00a0: la première valeur compte';
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
				return 'attendu\u00a0: 1 ou 0';
			case 'not-a-language':
				return `pas une langue du récit (au choix\u00a0: ${reason.allowed.join(', ')})`;
		}
	},
	usedInstead: 'valeur utilisée',
	version: 'Version du site',
	offline: 'Fonctionnement hors ligne',
	offlineChecking: 'vérification…',
	offlineUnsupported:
		'indisponible (service worker non enregistré)\u00a0: la borne a besoin du réseau',
	offlineInstalling: 'mise en cache en cours',
	offlineReady: (cached: number, expected: number) =>
		cached === expected
			? `prêt\u00a0: ${cached} fichiers sur ${expected} en cache`
			: `incomplet\u00a0: ${cached} fichiers sur ${expected} en cache`,
	updateWaiting:
		'Une nouvelle version est prête\u00a0; elle sera prise à la prochaine remise à zéro.',
	scenes: 'Scènes qui suivent leur texte',
	howToOpen: 'S’ouvre par un appui long (2 secondes) dans le coin en haut à gauche, ou Alt+Maj+D.'
};

export type DiagnosticStrings = typeof fr;

const en: DiagnosticStrings = {
	title: 'Kiosk diagnostics',
	close: 'Close',
	colon: ': ',
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
		diag: 'Diagnostics at start',
		lang: 'Museum language (start, reset, end of loop)'
	} satisfies Record<SettingName, string>,
	languages: { fr: 'French', en: 'English' } satisfies Record<Lang, string>,
	onScreen: 'Language on screen',
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
			case 'not-a-language':
				return `not a language of the story (one of: ${reason.allowed.join(', ')})`;
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
	scenes: 'Scenes following their text',
	howToOpen: 'Opens with a long press (2 seconds) in the top left corner, or Alt+Shift+D.'
};

export const diagnosticStrings: Record<Lang, DiagnosticStrings> = { fr, en };
