/**
 * The one chapter that takes the UNESCO accent (blue instead of brick) on its
 * section, its timeline mark, its press-page entry and its preview card: the
 * chapter told by the `inscription` scene, the World Heritage listing of 2012.
 */
import type { ChapterMeta } from './types';

export const isUnesco = (chapter: Pick<ChapterMeta, 'scene'>): boolean =>
	chapter.scene === 'inscription';
