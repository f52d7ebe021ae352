import { describe, expect, it } from 'vitest';
import { dateFormats, formatChapterDate, startOf } from './dates';

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

describe('with d3-time-format’s own locales', () => {
	describe('French month names', () => {
		it('writes a month « février 1998 »', () => {
			expect(formatChapterDate({ date: '1998-02', precision: 'month' }, 'fr')).toBe('février 1998');
		});

		it('writes a day « 17 janvier 2002 », accents and all', () => {
			expect(formatChapterDate({ date: '2002-01-17', precision: 'day' }, 'fr')).toBe(
				'17 janvier 2002'
			);
			expect(formatChapterDate({ date: '2007-12', precision: 'month' }, 'fr')).toBe(
				'décembre 2007'
			);
			expect(formatChapterDate({ date: '1998-08', precision: 'month' }, 'fr')).toBe('août 1998');
		});

		it('writes the first of the month as « 1ᵉʳ »', () => {
			expect(formatChapterDate({ date: '2013-01-01', precision: 'day' }, 'fr')).toBe(
				'1ᵉʳ janvier 2013'
			);
			expect(formatChapterDate({ date: '2012-06-30', precision: 'day' }, 'fr')).toBe(
				'30 juin 2012'
			);
		});

		it('writes open and closed periods in French', () => {
			expect(formatChapterDate({ date: '1996', precision: 'before' }, 'fr')).toBe('avant 1996');
			expect(formatChapterDate({ date: '2013', precision: 'after' }, 'fr')).toBe('après 2013');
			expect(formatChapterDate({ date: '2000', precision: 'year', end: '2002' }, 'fr')).toBe(
				'2000–2002'
			);
		});
	});

	describe('English formats', () => {
		it('writes months and days the British way', () => {
			expect(formatChapterDate({ date: '1998-02', precision: 'month' }, 'en')).toBe(
				'February 1998'
			);
			expect(formatChapterDate({ date: '2002-01-17', precision: 'day' }, 'en')).toBe(
				'17 January 2002'
			);
			expect(formatChapterDate({ date: '2013-01-01', precision: 'day' }, 'en')).toBe(
				'1 January 2013'
			);
		});

		it('writes open periods in English', () => {
			expect(formatChapterDate({ date: '1996', precision: 'before' }, 'en')).toBe('before 1996');
			expect(formatChapterDate({ date: '2013', precision: 'after' }, 'en')).toBe('after 2013');
		});
	});

	it('does not depend on the reader’s time zone', () => {
		const zone = process.env.TZ;
		process.env.TZ = 'Pacific/Honolulu';
		try {
			expect(dateFormats('fr').year(startOf('1996'))).toBe('1996');
			expect(formatChapterDate({ date: '2013-01-01', precision: 'day' }, 'fr')).toBe(
				'1ᵉʳ janvier 2013'
			);
		} finally {
			process.env.TZ = zone;
		}
	});
});
