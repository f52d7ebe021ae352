import { describe, expect, it } from 'vitest';
import { markAfterKey, type KeyPress } from './keys';

const press = (key: string, held: Partial<KeyPress> = {}): KeyPress => ({
	key,
	altKey: false,
	ctrlKey: false,
	metaKey: false,
	...held
});

describe('moving between the timeline’s marks with the keyboard', () => {
	it('goes to the next mark with Right and Down, the previous with Left and Up', () => {
		expect(markAfterKey(press('ArrowRight'), 3, 16)).toBe(4);
		expect(markAfterKey(press('ArrowDown'), 3, 16)).toBe(4);
		expect(markAfterKey(press('ArrowLeft'), 3, 16)).toBe(2);
		expect(markAfterKey(press('ArrowUp'), 3, 16)).toBe(2);
	});

	it('goes round from the last mark to the first, and back', () => {
		expect(markAfterKey(press('ArrowRight'), 15, 16)).toBe(0);
		expect(markAfterKey(press('ArrowUp'), 0, 16)).toBe(15);
	});

	it('goes to the first mark with Home and the last with End', () => {
		expect(markAfterKey(press('Home'), 9, 16)).toBe(0);
		expect(markAfterKey(press('End'), 9, 16)).toBe(15);
	});

	it('leaves other keys, and keys held with Alt, Ctrl or Meta, to the browser', () => {
		expect(markAfterKey(press('Enter'), 3, 16)).toBeUndefined();
		expect(markAfterKey(press('Tab'), 3, 16)).toBeUndefined();
		expect(markAfterKey(press('toString'), 3, 16)).toBeUndefined();
		expect(markAfterKey(press('ArrowLeft', { altKey: true }), 3, 16)).toBeUndefined();
		expect(markAfterKey(press('Home', { ctrlKey: true }), 3, 16)).toBeUndefined();
		expect(markAfterKey(press('End', { metaKey: true }), 3, 16)).toBeUndefined();
	});
});
