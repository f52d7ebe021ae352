// Kept apart from app.d.ts on purpose: that file is a module (it ends with
// `export {}`), where `declare module` would augment an existing module
// instead of declaring a new one; here, in a script file, it declares it.

/** The agglomerations' figures and the basemap, computed at build time ($lib/data/vite-plugin). */
declare module 'virtual:open-data' {
	const data: import('$lib/data/open-data').OpenData;
	export default data;
}
