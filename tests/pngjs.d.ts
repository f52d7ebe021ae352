// pngjs ships no types; the kiosk's QR test reads a screenshot with it, nothing more.
declare module 'pngjs' {
	export const PNG: {
		sync: { read(buffer: Buffer): { width: number; height: number; data: Buffer } };
	};
}
