/**
 * `$app/paths` for the islands' own build: the deploy sub-path is read from
 * the page (`<html data-base>`, written by the server), so one islands build
 * serves every deploy.
 */
export const base = document.documentElement.dataset.base ?? '';
export const assets = base;
