import { describe, expect, it } from 'vitest';
import { motionAllowed, parseChoice, toggled } from './motion-preference';

describe('motion preference', () => {
	it('follows the system setting while the reader has not chosen', () => {
		expect(motionAllowed(false, null)).toBe(true);
		expect(motionAllowed(true, null)).toBe(false);
	});

	it('lets the in-page choice override the system setting both ways', () => {
		expect(motionAllowed(true, 'on')).toBe(true);
		expect(motionAllowed(false, 'off')).toBe(false);
		expect(motionAllowed(false, 'on')).toBe(true);
		expect(motionAllowed(true, 'off')).toBe(false);
	});

	it('reads back only the values it stores, anything else counts as no choice', () => {
		expect(parseChoice('on')).toBe('on');
		expect(parseChoice('off')).toBe('off');
		expect(parseChoice(null)).toBeNull();
		expect(parseChoice(undefined)).toBeNull();
		expect(parseChoice('true')).toBeNull();
		expect(parseChoice('')).toBeNull();
	});

	it('records the opposite of what the page shows when the toggle is pressed', () => {
		expect(toggled(true)).toBe('off');
		expect(toggled(false)).toBe('on');
		expect(motionAllowed(true, toggled(motionAllowed(true, null)))).toBe(true);
	});
});
