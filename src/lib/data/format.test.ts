import { describe, expect, it } from 'vitest';
import { formatInteger } from './format.ts';

describe('formatInteger', () => {
	it('groups thousands with narrow no-break spaces in French', () => {
		expect(formatInteger(1_212_037, 'fr')).toBe('1\u202f212\u202f037');
		expect(formatInteger(69_764, 'fr')).toBe('69\u202f764');
	});

	it('groups thousands with commas in English', () => {
		expect(formatInteger(1_212_037, 'en')).toBe('1,212,037');
	});

	it('leaves numbers under a thousand alone', () => {
		expect(formatInteger(287, 'fr')).toBe('287');
		expect(formatInteger(7, 'en')).toBe('7');
		expect(formatInteger(0, 'fr')).toBe('0');
	});

	it('writes what French Intl writes, so it reads as the reader expects', () => {
		expect(formatInteger(275_028, 'fr')).toBe(new Intl.NumberFormat('fr-FR').format(275_028));
		expect(formatInteger(275_028, 'en')).toBe(new Intl.NumberFormat('en-GB').format(275_028));
	});

	it('rounds and signs', () => {
		expect(formatInteger(1234.6, 'en')).toBe('1,235');
		expect(formatInteger(-4500, 'fr')).toBe('−4\u202f500');
	});
});
