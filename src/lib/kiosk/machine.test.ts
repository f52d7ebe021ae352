import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	initialSnapshot,
	isMoving,
	KioskMachine,
	nextDeadline,
	remainingSeconds,
	transition,
	type KioskEventType,
	type MachineClock,
	type Snapshot,
	type Timings
} from './machine';

const timings: Timings = { idleMs: 60_000, countdownMs: 30_000 };

/** A clock on vitest's fake timers: Date.now and setTimeout both move with advanceTimersByTime. */
const fakeClock: MachineClock = {
	now: () => Date.now(),
	setTimeout: (callback, ms) => setTimeout(callback, ms),
	clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
};

let machine: KioskMachine;
const seconds = (n: number) => vi.advanceTimersByTime(n * 1000);
const send = (type: KioskEventType) => machine.send(type);
const state = () => machine.snapshot.state;

beforeEach(() => {
	vi.useFakeTimers({ now: 0 });
	machine = new KioskMachine(timings, fakeClock);
	machine.start();
});

afterEach(() => {
	machine.destroy();
	vi.useRealTimers();
});

describe('attract', () => {
	it('starts in attract, moving, with no timer pending', () => {
		expect(state()).toBe('attract');
		expect(isMoving(machine.snapshot)).toBe(true);
		expect(machine.hasTimer).toBe(false);
	});

	it('loops for as long as nobody comes: no countdown without a visitor', () => {
		seconds(3600 * 24);
		expect(state()).toBe('attract');
	});

	it('hands control to the visitor on a touch, click, key or wheel', () => {
		send('input');
		expect(state()).toBe('visitor');
		expect(isMoving(machine.snapshot)).toBe(false);
	});

	it('is not woken by a mouse moving on its own', () => {
		send('activity');
		expect(state()).toBe('attract');
		expect(isMoving(machine.snapshot)).toBe(true);
	});

	it('holds the loop on « Pause » and lets it go on « Reprendre »', () => {
		send('pause');
		expect(machine.snapshot).toMatchObject({ state: 'attract', paused: true });
		expect(isMoving(machine.snapshot)).toBe(false);
		send('resume');
		expect(machine.snapshot).toMatchObject({ state: 'attract', paused: false });
		expect(machine.hasTimer).toBe(false);
	});

	it('does not stay frozen when the visitor who paused it walks away', () => {
		send('pause');
		seconds(59);
		expect(state()).toBe('attract');
		seconds(1);
		expect(state()).toBe('warning');
	});

	it('counts mouse movement as presence while paused', () => {
		send('pause');
		seconds(50);
		send('activity');
		seconds(50);
		expect(machine.snapshot).toMatchObject({ state: 'attract', paused: true });
	});

	it('gives a visitor who touches the paused page the controls', () => {
		send('pause');
		send('input');
		expect(machine.snapshot).toMatchObject({ state: 'visitor', paused: false });
	});
});

describe('visitor', () => {
	beforeEach(() => send('input'));

	it('shows the countdown after the idle time without input, not before', () => {
		seconds(59.999);
		expect(state()).toBe('visitor');
		seconds(0.001);
		expect(state()).toBe('warning');
	});

	it('restarts the idle time at every input', () => {
		seconds(50);
		send('input');
		seconds(50);
		expect(state()).toBe('visitor');
		seconds(10);
		expect(state()).toBe('warning');
	});

	it('restarts the idle time when the mouse moves', () => {
		seconds(50);
		send('activity');
		seconds(50);
		expect(state()).toBe('visitor');
	});

	it('ignores « Pause » (nothing moves) and hands the story back to the loop on « Reprendre »', () => {
		send('pause');
		expect(state()).toBe('visitor');
		send('resume');
		expect(machine.snapshot).toMatchObject({ state: 'attract', paused: false });
		seconds(3600);
		expect(state()).toBe('attract');
	});

	it('goes through a reset to the top of the story, still in visitor mode, on « Recommencer »', () => {
		send('restart');
		expect(machine.snapshot).toMatchObject({ state: 'resetting', afterReset: 'visitor' });
		send('reset-done');
		expect(state()).toBe('visitor');
		seconds(60);
		expect(state()).toBe('warning');
	});
});

describe('warning', () => {
	beforeEach(() => {
		send('input');
		seconds(60);
	});

	it('counts down the seconds left, then resets', () => {
		expect(remainingSeconds(machine.snapshot, machine.now())).toBe(30);
		seconds(10.5);
		expect(remainingSeconds(machine.snapshot, machine.now())).toBe(20);
		seconds(19.4);
		expect(remainingSeconds(machine.snapshot, machine.now())).toBe(1);
		expect(state()).toBe('warning');
		seconds(0.1);
		expect(machine.snapshot).toMatchObject({ state: 'resetting', afterReset: 'attract' });
	});

	it('is dismissed by a touch during the countdown, which gives a full idle time again', () => {
		seconds(25);
		send('input');
		expect(machine.snapshot).toMatchObject({ state: 'visitor', warningEndsAt: null });
		seconds(59);
		expect(state()).toBe('visitor');
		seconds(1);
		expect(state()).toBe('warning');
		expect(remainingSeconds(machine.snapshot, machine.now())).toBe(30);
	});

	it('is dismissed by the mouse moving', () => {
		send('activity');
		expect(state()).toBe('visitor');
	});

	it('ignores « Pause » and « Reprendre » while the dialog is up', () => {
		send('pause');
		send('resume');
		expect(state()).toBe('warning');
	});

	it('resets at once on « Recommencer »', () => {
		send('restart');
		expect(state()).toBe('resetting');
	});
});

describe('resetting', () => {
	beforeEach(() => {
		send('input');
		seconds(90);
		expect(state()).toBe('resetting');
	});

	it('waits for the page to be reset, however long that takes, then loops from the top', () => {
		seconds(3600);
		expect(state()).toBe('resetting');
		expect(machine.hasTimer).toBe(false);
		send('reset-done');
		expect(machine.snapshot).toMatchObject({ state: 'attract', paused: false });
	});

	it('remembers a touch during the reset and then gives that visitor the top of the story', () => {
		send('input');
		expect(machine.snapshot).toMatchObject({ state: 'resetting', afterReset: 'visitor' });
		send('reset-done');
		expect(state()).toBe('visitor');
		seconds(60);
		expect(state()).toBe('warning');
	});

	it('ignores mouse movement, pause, resume and restart while resetting', () => {
		for (const type of ['activity', 'pause', 'resume', 'restart'] as const) send(type);
		expect(machine.snapshot).toMatchObject({ state: 'resetting', afterReset: 'attract' });
	});

	it('forgets the pause: the next loop moves', () => {
		send('reset-done');
		expect(isMoving(machine.snapshot)).toBe(true);
	});
});

describe('transition (pure)', () => {
	const at = 1000;
	const attract = initialSnapshot(0);

	it('returns the very same snapshot when an event changes nothing', () => {
		expect(transition(attract, { type: 'tick', at }, timings)).toBe(attract);
		expect(transition(attract, { type: 'reset-done', at }, timings)).toBe(attract);
		expect(transition(attract, { type: 'activity', at }, timings)).toBe(attract);
	});

	it('ignores a tick that comes before the deadline', () => {
		const visitor: Snapshot = { ...attract, state: 'visitor', lastInputAt: 0 };
		expect(transition(visitor, { type: 'tick', at: 59_999 }, timings)).toBe(visitor);
	});

	it('starts the countdown from the tick that noticed the idle time, so a late tick still gives its full length', () => {
		const visitor: Snapshot = { ...attract, state: 'visitor', lastInputAt: 0 };
		const warning = transition(visitor, { type: 'tick', at: 65_000 }, timings);
		expect(warning.warningEndsAt).toBe(95_000);
	});

	it('names the next deadline of each state', () => {
		expect(nextDeadline(attract, timings)).toBeNull();
		expect(nextDeadline({ ...attract, paused: true, lastInputAt: 5 }, timings)).toBe(60_005);
		expect(nextDeadline({ ...attract, state: 'visitor', lastInputAt: 5 }, timings)).toBe(60_005);
		expect(nextDeadline({ ...attract, state: 'warning', warningEndsAt: 7 }, timings)).toBe(7);
		expect(nextDeadline({ ...attract, state: 'resetting' }, timings)).toBeNull();
	});
});

describe('KioskMachine', () => {
	it('tells its listeners each change with the snapshot before it', () => {
		const seen: string[] = [];
		const stop = machine.subscribe((next, previous) =>
			seen.push(`${previous.state}>${next.state}`)
		);
		send('input');
		send('input');
		seconds(60);
		stop();
		seconds(30);
		expect(seen).toEqual(['attract>visitor', 'visitor>visitor', 'visitor>warning']);
	});

	it('keeps at most one timer, and none after destroy', () => {
		send('input');
		for (let i = 0; i < 100; i++) send('activity');
		expect(vi.getTimerCount()).toBe(1);
		machine.destroy();
		expect(vi.getTimerCount()).toBe(0);
		send('input');
		expect(vi.getTimerCount()).toBe(0);
	});

	it('runs hundreds of visits without piling up timers', () => {
		for (let visit = 0; visit < 300; visit++) {
			send('input');
			seconds(90);
			send('reset-done');
		}
		expect(state()).toBe('attract');
		expect(vi.getTimerCount()).toBe(0);
	});
});
