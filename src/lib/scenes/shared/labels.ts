/**
 * A scene's words, in every language, in its folder's `labels.ts`: the same
 * keys in French and English (the type says so), so a label cannot be
 * forgotten in one language, and the glossary check can read every English
 * label in one place.
 */
import type { Lang } from '$lib/i18n/lang';

export type SceneLabels<T> = Record<Lang, T>;

export function defineLabels<T>(labels: SceneLabels<T>): SceneLabels<T> {
	return labels;
}
