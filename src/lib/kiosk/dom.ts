/**
 * The kiosk's hold on the page: what counts as a visitor's input, what is
 * locked (selection, context menu, image drag, zoom, links out of the kiosk)
 * and the cursor that hides itself. Each function adds its listeners when
 * called, never at import time, and returns the one function that removes
 * them all, so a kiosk running for days keeps exactly the listeners it started with.
 */

/** Elements marked with this attribute (the kiosk's own controls) handle their events themselves. */
export const OWN_CONTROL = 'data-kiosk-own';

const isOwnControl = (target: EventTarget | null) =>
	typeof Element !== 'undefined' &&
	target instanceof Element &&
	target.closest(`[${OWN_CONTROL}]`) !== null;

/**
 * Tab and Shift+Tab inside an open dialog (the countdown) move focus within
 * it: the dialog's own keys, not a visitor waking the kiosk (which would close
 * the dialog and drop focus to the page's body). Shift is pressed first, alone.
 */
const movesFocusInDialog = (event: Event) =>
	event.type === 'keydown' &&
	['Tab', 'Shift'].includes((event as KeyboardEvent).key) &&
	typeof Element !== 'undefined' &&
	event.target instanceof Element &&
	event.target.closest('dialog[open]') !== null;

/**
 * Chromium sends pointer moves when the page scrolls under a still mouse; only
 * a mouse that really moved counts. Returns a filter that remembers the last position.
 */
function realMouseMoves(): (event: Event) => boolean {
	let lastX = NaN;
	let lastY = NaN;
	return (event) => {
		const pointer = event as PointerEvent;
		if (pointer.pointerType !== 'mouse') return false;
		if (pointer.screenX === lastX && pointer.screenY === lastY) return false;
		lastX = pointer.screenX;
		lastY = pointer.screenY;
		return true;
	};
}

/** Adds listeners and returns the function that removes exactly those. */
function listen(
	target: EventTarget,
	entries: [string, (event: Event) => void, AddEventListenerOptions?][]
): () => void {
	for (const [type, handler, options] of entries) target.addEventListener(type, handler, options);
	return () => {
		for (const [type, handler, options] of entries) {
			target.removeEventListener(type, handler, options);
		}
	};
}

/**
 * Calls `onInput` for a touch, click, key (but Tab in an open dialog) or wheel, and `onActivity` for a
 * mouse that really moved (at most once a second: it only proves presence).
 * Capture phase, so a control that stops propagation still counts.
 */
export function watchInput(
	target: EventTarget,
	onInput: () => void,
	onActivity: () => void,
	now: () => number = () => performance.now()
): () => void {
	let lastActivity = -Infinity;
	const moved = realMouseMoves();
	const input = (event: Event) => {
		if (!isOwnControl(event.target) && !movesFocusInDialog(event)) onInput();
	};
	const move = (event: Event) => {
		if (!moved(event)) return;
		const at = now();
		if (at - lastActivity < 1000) return;
		lastActivity = at;
		onActivity();
	};
	const capture = { capture: true, passive: true };
	return listen(target, [
		['pointerdown', input, capture],
		['keydown', input, capture],
		['wheel', input, capture],
		['pointermove', move, capture]
	]);
}

/** Whether a link leads somewhere other than this kiosk page (same page anchors are fine). */
export function leavesKiosk(href: string, kioskUrl: string): boolean {
	const to = new URL(href, kioskUrl);
	const here = new URL(kioskUrl);
	return to.origin !== here.origin || to.pathname !== here.pathname;
}

/**
 * Locks the page: no text selection or context menu (a long press on a touch
 * screen opens both), no dragging of pictures, no zoom from the keyboard or
 * ctrl+wheel (pinch-zoom is off through `touch-action` in CSS), and no link
 * that leaves the kiosk, should a story ever gain one.
 */
export function lockPage(doc: Document): () => void {
	const prevent = (event: Event) => event.preventDefault();
	const wheel = (event: Event) => {
		if ((event as WheelEvent).ctrlKey) event.preventDefault();
	};
	const keys = (event: Event) => {
		const key = event as KeyboardEvent;
		if ((key.ctrlKey || key.metaKey) && ['+', '-', '=', '0'].includes(key.key)) {
			event.preventDefault();
		}
	};
	const click = (event: Event) => {
		const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
		if (link && leavesKiosk(link.getAttribute('href') ?? '', doc.location.href)) {
			event.preventDefault();
		}
	};
	return listen(doc, [
		['contextmenu', prevent],
		['selectstart', prevent],
		['dragstart', prevent],
		['wheel', wheel, { passive: false }],
		['keydown', keys],
		['click', click, { capture: true }],
		['auxclick', click, { capture: true }]
	]);
}

/**
 * Hides the cursor after `delayMs` without mouse movement, through
 * `onHidden(true)`; shows it again at the next movement. Touch never shows it.
 */
export function hideIdleCursor(
	target: EventTarget,
	onHidden: (hidden: boolean) => void,
	delayMs = 3000
): () => void {
	let timer: ReturnType<typeof setTimeout> | null = null;
	const moved = realMouseMoves();
	const arm = () => {
		if (timer !== null) clearTimeout(timer);
		timer = setTimeout(() => {
			timer = null;
			onHidden(true);
		}, delayMs);
	};
	const move = (event: Event) => {
		if (!moved(event)) return;
		onHidden(false);
		arm();
	};
	arm();
	const remove = listen(target, [['pointermove', move, { passive: true }]]);
	return () => {
		remove();
		if (timer !== null) clearTimeout(timer);
		timer = null;
	};
}
