/**
 * QR codes travel from the build to the page as packed bits, and are drawn
 * as one SVG path. The `qrcode` library runs at build time only
 * (`+page.server.ts`); the page receives about 150 bytes a chapter instead of
 * a library or a 3 KB SVG string repeated in the hydration data.
 */

/** A QR symbol: `size` × `size` modules, dark ones as set bits, row after row, in hex. */
export interface PackedQr {
	size: number;
	bits: string;
}

/** Packs a symbol's modules (truthy = dark), row-major, most significant bit first. */
export function packModules(size: number, modules: ArrayLike<number | boolean>): PackedQr {
	if (modules.length !== size * size) {
		throw new Error(
			`a ${size}×${size} QR symbol has ${size * size} modules, not ${modules.length}`
		);
	}
	let bits = '';
	for (let i = 0; i < modules.length; i += 4) {
		let nibble = 0;
		for (let j = 0; j < 4; j++)
			nibble = (nibble << 1) | (i + j < modules.length && modules[i + j] ? 1 : 0);
		bits += nibble.toString(16);
	}
	return { size, bits };
}

/** Whether the module at column `x`, row `y` is dark. */
export function isDark(qr: PackedQr, x: number, y: number): boolean {
	const i = y * qr.size + x;
	const nibble = parseInt(qr.bits[i >> 2], 16);
	return ((nibble >> (3 - (i & 3))) & 1) === 1;
}

/**
 * One path for all dark modules, to be drawn with a stroke 1 module wide
 * (butt caps): each row is a line at its middle, each run of dark modules a
 * segment of it, reached by a relative move. About 2 KB a symbol, a third of
 * what one rectangle per run costs, in module units (draw it with a viewBox
 * of `size` plus the quiet zone).
 */
export function qrPath(qr: PackedQr): string {
	let path = '';
	for (let y = 0; y < qr.size; y++) {
		let pen = 0;
		let row = '';
		let x = 0;
		while (x < qr.size) {
			if (!isDark(qr, x, y)) {
				x++;
				continue;
			}
			const from = x;
			while (x < qr.size && isDark(qr, x, y)) x++;
			row += `m${from - pen} 0h${x - from}`;
			pen = x;
		}
		if (row) path += `M0 ${y + 0.5}${row}`;
	}
	return path;
}

/** The four modules of light margin the QR specification requires around the symbol. */
export const QUIET_ZONE = 4;
