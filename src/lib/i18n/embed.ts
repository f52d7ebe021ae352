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
		embedTimeline: 'Intégrer la chronologie',
		chaptersIntro:
			'Chaque chapitre s’intègre de la même manière\u00a0: son code est sous son texte, au bouton «\u00a0Intégrer\u00a0».',
		pasteIntro: 'Collez ce code HTML dans la page, à l’endroit où la chronologie doit paraître.',
		embedIntro:
			'Pour montrer ce chapitre dans un article, collez ce code HTML dans la page. Le cadre prend la hauteur de son contenu, sur téléphone comme sur ordinateur.',
		timelineIntro:
			'La chronologie peut paraître dans un article, dans un cadre qui prend la hauteur de son contenu. Chaque marque mène au chapitre qu’elle date.',
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
		embedTimeline: 'Embed the timeline',
		chaptersIntro:
			'Every chapter can be embedded the same way: its code is under its text, behind the “Embed” button.',
		pasteIntro: 'Paste this HTML code into the page, where the timeline should appear.',
		embedIntro:
			'To show this chapter in an article, paste this HTML code into the page. The frame takes the height of its content, on phones and computers alike.',
		timelineIntro:
			'The timeline can appear in an article, in a frame that takes the height of its content. Each mark leads to the chapter it dates.',
		code: 'Code to paste',
		copyCode: 'Copy the code',
		codeCopied: 'Code copied to the clipboard.',
		copyFailed: 'Copying did not work: select the code by hand.',
		preview: 'Preview'
	}
} satisfies Record<Lang, Record<string, string | ((...args: never[]) => string)>>;
