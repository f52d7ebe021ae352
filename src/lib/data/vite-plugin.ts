/**
 * `virtual:open-data`: the agglomerations' figures and the basemap, computed
 * from the npm packages when the site is built. The module's default export is
 * only the small computed result; no record of the packages reaches the browser.
 * A package whose data no longer gives the seven agglomerations stops the build.
 */
import type { Plugin } from 'vite';
import { composeOpenData, OpenDataError, type OpenData, type OpenDataInputs } from './open-data.ts';
import { readOpenDataPackages } from './read-packages.ts';

export const OPEN_DATA_MODULE = 'virtual:open-data';
const RESOLVED = `\0${OPEN_DATA_MODULE}`;

/** The module's source text: one JSON default export. */
export const moduleSource = (data: OpenData) => `export default ${JSON.stringify(data)};\n`;

export interface OpenDataOptions {
	/** Where the records come from: the installed packages, or fixtures in tests. */
	read?: () => OpenDataInputs;
}

export function openData({ read = readOpenDataPackages }: OpenDataOptions = {}): Plugin {
	let data: OpenData | undefined;
	const compute = () => {
		try {
			data ??= composeOpenData(read());
		} catch (error) {
			// Printed plainly as well: Vite wraps thrown errors in a stack trace.
			if (error instanceof OpenDataError) console.error(`\n${error.message}\n`);
			throw error;
		}
		return data;
	};
	return {
		name: 'open-data',
		buildStart() {
			compute();
		},
		resolveId(id) {
			return id === OPEN_DATA_MODULE ? RESOLVED : undefined;
		},
		load(id) {
			return id === RESOLVED ? moduleSource(compute()) : undefined;
		}
	};
}
