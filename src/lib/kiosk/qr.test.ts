import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { isDark, packModules, qrPath } from './qr';

/** Draws a path of rows (`M0 y.5`) and runs (`m gap 0 h length`) back into a grid. */
function rasterize(path: string, size: number): boolean[] {
	const grid = new Array<boolean>(size * size).fill(false);
	for (const [, y, runs] of path.matchAll(/M0 (\d+)\.5((?:m\d+ 0h\d+)+)/g)) {
		let pen = 0;
		for (const [, gap, length] of runs.matchAll(/m(\d+) 0h(\d+)/g)) {
			pen += Number(gap);
			for (let i = 0; i < Number(length); i++) {
				const index = Number(y) * size + pen + i;
				if (grid[index]) throw new Error(`module ${pen + i},${y} drawn twice`);
				grid[index] = true;
			}
			pen += Number(length);
		}
	}
	return grid;
}

describe('QR packing', () => {
	const symbol = QRCode.create('https://example.org/chapitres/le-9-9bis/', {
		errorCorrectionLevel: 'M'
	});
	const { size, data } = symbol.modules;

	it('keeps every module through packing', () => {
		const packed = packModules(size, data);
		for (let y = 0; y < size; y++) {
			for (let x = 0; x < size; x++) expect(isDark(packed, x, y)).toBe(data[y * size + x] === 1);
		}
	});

	it('is small: one hex digit for four modules', () => {
		expect(packModules(size, data).bits).toHaveLength(Math.ceil((size * size) / 4));
	});

	it('draws exactly the dark modules, each once', () => {
		const drawn = rasterize(qrPath(packModules(size, data)), size);
		expect(drawn).toEqual(Array.from(data, (module) => module === 1));
	});

	it('draws nothing for a row without dark modules', () => {
		const packed = packModules(2, [0, 0, 1, 1]);
		expect(qrPath(packed)).toBe('M0 1.5m0 0h2');
	});

	it('refuses modules that do not fill the square', () => {
		expect(() => packModules(5, [1, 0, 1])).toThrow(/25 modules, not 3/);
	});
});
