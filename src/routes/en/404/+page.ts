// Written to build/en/404.html, which hosts serve for unknown paths under /en/.
export const trailingSlash = 'never';
