/**
 * The share and cite box's own words (`$lib/press/ShareCite.svelte`), in both
 * languages: the box runs in the browser as an island, with its words.
 */
import type { Lang } from './lang';

export const shareLabels = {
	fr: {
		permalink: 'Lien permanent',
		share: 'Partager',
		copyLink: 'Copier le lien',
		linkCopied: 'Lien copié dans le presse-papiers.',
		shared: 'Chapitre partagé.',
		copyFailed: 'La copie n’a pas fonctionné\u00a0: le lien permanent est juste au-dessus.',
		cite: 'Citer ce chapitre',
		copyCitation: 'Copier la citation',
		citationCopied: 'Citation copiée dans le presse-papiers.',
		citationCopyFailed: 'La copie n’a pas fonctionné\u00a0: sélectionnez la citation à la main.'
	},
	en: {
		permalink: 'Permanent link',
		share: 'Share',
		copyLink: 'Copy the link',
		linkCopied: 'Link copied to the clipboard.',
		shared: 'Chapter shared.',
		copyFailed: 'Copying did not work: the permanent link is just above.',
		cite: 'Cite this chapter',
		copyCitation: 'Copy the citation',
		citationCopied: 'Citation copied to the clipboard.',
		citationCopyFailed: 'Copying did not work: select the citation by hand.'
	}
} satisfies Record<Lang, Record<string, string>>;

export type ShareLabels = (typeof shareLabels)['fr'];
