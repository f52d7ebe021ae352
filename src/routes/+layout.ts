// Every page is prerendered to static HTML; URLs end with a slash (`/chapitres/x/`).
export const prerender = true;
export const trailingSlash = 'always';
