/** `$app/environment` for the islands' own build: it only ever runs in the browser. */
export const browser = true;
export const dev = false;
export const building = false;
export const version = '';
