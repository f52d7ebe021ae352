// A chapter's link-preview picture, drawn at build time from the chapter's own data.
import { PREVIEW_SIZE } from '$lib/press/preview';
import { chapterPicture, chapterPictureEntries } from '$lib/server/og/chapter-picture';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = chapterPictureEntries;

export const GET: RequestHandler = ({ params }) => chapterPicture(params, PREVIEW_SIZE.width);
