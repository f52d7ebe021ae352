/**
 * The embeds' words, in both languages: the embed pages (a chapter or the
 * timeline inside another site's article), the step-by-step controls they
 * show in a frame that cannot scroll, and the « Intégrer » / "Embed" panel
 * under each chapter and on the press page. Islands carry the ones they show.
 */
import type { Lang } from './lang';

export const embedLabels = {
	fr: {
		readWhole: 'Lire toute l’histoire',
		/** The timeline embed's heading. */
		timelineTitle: 'Chronologie de la Mission Bassin Minier, 1996\u20132013',
		/** The frames' accessible names. */
		frameTitle: (title: string) => `${title} — L’après-mines`,
		timelineFrameTitle: 'Chronologie — L’après-mines',
		steps: 'Étapes du chapitre',
		stepOf: (n: number, total: number) => `Étape ${n} sur ${total}`,
		previousStep: 'Étape précédente',
		nextStep: 'Étape suivante',
		embed: 'Intégrer',
		embedChapter: 'Intégrer ce chapitre',
		embedIntro:
			'Pour montrer ce chapitre dans un article, collez ce code HTML dans la page. Le cadre prend la hauteur de son contenu, sur téléphone comme sur ordinateur.',
		timelineIntro:
			'Pour montrer la chronologie dans un article, collez ce code HTML dans la page. Chaque date mène au chapitre qui la raconte.',
		code: 'Code à coller',
		copyCode: 'Copier le code',
		codeCopied: 'Code copié dans le presse-papiers.',
		copyFailed: 'La copie n’a pas fonctionné\u00a0: sélectionnez le code à la main.',
		preview: 'Aperçu'
	},
	en: {
		readWhole: 'Read the whole story',
		timelineTitle: 'Timeline of the Mission Bassin Minier, 1996\u20132013',
		frameTitle: (title: string) => `${title} — After the Mines`,
		timelineFrameTitle: 'Timeline — After the Mines',
		steps: 'Steps of the chapter',
		stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
		previousStep: 'Previous step',
		nextStep: 'Next step',
		embed: 'Embed',
		embedChapter: 'Embed this chapter',
		embedIntro:
			'To show this chapter in an article, paste this HTML code into the page. The frame takes the height of its content, on phones and computers alike.',
		timelineIntro:
			'To show the timeline in an article, paste this HTML code into the page. Each date leads to the chapter that tells it.',
		code: 'Code to paste',
		copyCode: 'Copy the code',
		codeCopied: 'Code copied to the clipboard.',
		copyFailed: 'Copying did not work: select the code by hand.',
		preview: 'Preview'
	}
} satisfies Record<Lang, Record<string, string | ((...args: never[]) => string)>>;
