import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hideIdleCursor, leavesKiosk, watchInput } from './dom';

const mouse = (x: number, y: number) =>
	Object.assign(new Event('pointermove'), { pointerType: 'mouse', screenX: x, screenY: y });

describe('watchInput', () => {
	let time = 0;
	const now = () => time;

	it('takes touches, clicks, keys and wheels as input', () => {
		const target = new EventTarget();
		const onInput = vi.fn();
		watchInput(target, onInput, () => {}, now);
		for (const type of ['pointerdown', 'keydown', 'wheel']) target.dispatchEvent(new Event(type));
		expect(onInput).toHaveBeenCalledTimes(3);
	});

	it('takes a moving mouse as activity, at most once a second, and a still one not at all', () => {
		const target = new EventTarget();
		const onActivity = vi.fn();
		watchInput(target, () => {}, onActivity, now);
		time = 10_000;
		target.dispatchEvent(mouse(1, 1));
		target.dispatchEvent(mouse(2, 2));
		expect(onActivity).toHaveBeenCalledTimes(1);
		time += 1000;
		target.dispatchEvent(mouse(2, 2));
		expect(onActivity).toHaveBeenCalledTimes(1);
		target.dispatchEvent(mouse(3, 2));
		expect(onActivity).toHaveBeenCalledTimes(2);
	});

	it('ignores pointer moves from touch (a swipe starts with a pointerdown, which counts)', () => {
		const target = new EventTarget();
		const onActivity = vi.fn();
		watchInput(target, () => {}, onActivity, now);
		target.dispatchEvent(Object.assign(new Event('pointermove'), { pointerType: 'touch' }));
		expect(onActivity).not.toHaveBeenCalled();
	});

	it('removes every listener it added', () => {
		const target = new EventTarget();
		const onInput = vi.fn();
		const stop = watchInput(target, onInput, onInput, now);
		stop();
		for (const type of ['pointerdown', 'keydown', 'wheel']) target.dispatchEvent(new Event(type));
		target.dispatchEvent(mouse(50, 50));
		expect(onInput).not.toHaveBeenCalled();
	});
});

describe('hideIdleCursor', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('hides the cursor after the delay and shows it again when the mouse moves', () => {
		const target = new EventTarget();
		const states: boolean[] = [];
		const stop = hideIdleCursor(target, (hidden) => states.push(hidden), 3000);
		vi.advanceTimersByTime(2999);
		expect(states).toEqual([]);
		vi.advanceTimersByTime(1);
		expect(states).toEqual([true]);
		target.dispatchEvent(mouse(5, 5));
		expect(states).toEqual([true, false]);
		vi.advanceTimersByTime(3000);
		expect(states).toEqual([true, false, true]);
		stop();
		expect(vi.getTimerCount()).toBe(0);
	});
});

describe('leavesKiosk', () => {
	const kiosk = 'https://example.org/histoire/kiosque/?idle=90';

	it('lets anchors on the kiosk page through', () => {
		expect(leavesKiosk('#le-9-9bis', kiosk)).toBe(false);
		expect(leavesKiosk('/histoire/kiosque/#x', kiosk)).toBe(false);
		expect(leavesKiosk('?idle=60', kiosk)).toBe(false);
	});

	it('stops links to other pages of the site and to other sites', () => {
		expect(leavesKiosk('/histoire/chapitres/le-9-9bis/', kiosk)).toBe(true);
		expect(leavesKiosk('../', kiosk)).toBe(true);
		expect(leavesKiosk('https://www.unesco.org/', kiosk)).toBe(true);
	});
});
