/** The two web font files (Latin, variable weight), as the build names them. */
import serif from '@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2?url';
import sans from '@fontsource-variable/public-sans/files/public-sans-latin-wght-normal.woff2?url';

export const fontFiles: readonly string[] = [serif, sans];
