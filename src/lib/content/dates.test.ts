import { describe, expect, it } from 'vitest';
import { formatChapterDate, startOf } from './dates';

describe('chapter dates', () => {
	it('writes each precision in French', () => {
		expect(formatChapterDate({ date: '2012-06-30', precision: 'day' }, 'fr')).toBe('30 juin 2012');
		expect(formatChapterDate({ date: '1998-02', precision: 'month' }, 'fr')).toBe('février 1998');
		expect(formatChapterDate({ date: '2002', precision: 'year' }, 'fr')).toBe('2002');
		expect(formatChapterDate({ date: '1996', precision: 'before' }, 'fr')).toBe('avant 1996');
		expect(formatChapterDate({ date: '2013', precision: 'after' }, 'fr')).toBe('après 2013');
	});

	it('writes the first of the month as an ordinal in French only', () => {
		expect(formatChapterDate({ date: '2013-01-01', precision: 'day' }, 'fr')).toBe(
			'1ᵉʳ janvier 2013'
		);
		expect(formatChapterDate({ date: '2013-01-01', precision: 'day' }, 'en')).toBe(
			'1 January 2013'
		);
	});

	it('writes a period with both ends', () => {
		expect(formatChapterDate({ date: '2000', end: '2002', precision: 'year' }, 'fr')).toBe(
			'2000–2002'
		);
	});

	it('places a date at midnight UTC, whatever the reader’s time zone', () => {
		expect(startOf('2012-06-30').toISOString()).toBe('2012-06-30T00:00:00.000Z');
		expect(startOf('1998-02').toISOString()).toBe('1998-02-01T00:00:00.000Z');
	});
});
