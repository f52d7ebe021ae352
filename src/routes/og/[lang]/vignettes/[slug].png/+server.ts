// A chapter's card at half size, for the press page's list (`paths.thumbnail`).
import { THUMBNAIL_SIZE } from '$lib/press/preview';
import { chapterPicture, chapterPictureEntries } from '$lib/server/og/chapter-picture';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = chapterPictureEntries;

export const GET: RequestHandler = ({ params }) => chapterPicture(params, THUMBNAIL_SIZE.width);
