/**
 * How an embed page and the page that frames it talk (see this folder's README).
 * Pure, so the unit tests check the very shapes both sides use; the host's
 * side, `/embed.js`, is a plain script (`resizer.js`) that repeats the checks
 * of `readHeightMessage` and is tested end to end.
 *
 * - The embed page posts `{ type: 'apres-mines:height', version: 1, height }`
 *   to its parent (any origin: a height is no secret) on load, whenever its
 *   content changes height (fonts, a step of the scene, a narrower frame) and
 *   whenever it is asked.
 * - `/embed.js` posts `{ type: 'apres-mines:ask', version: 1 }` to each of
 *   the site's frames once it runs (a frame may have loaded before it), and
 *   sets a frame's height from the messages that come from that very frame and
 *   from the site's origin, never from anyone else.
 */

export const HEIGHT_MESSAGE = 'apres-mines:height';
export const ASK_MESSAGE = 'apres-mines:ask';
export const PROTOCOL_VERSION = 1;

/** No page of ours is taller than this: a bigger number is not ours. */
export const MAX_HEIGHT = 100_000;

export interface HeightMessage {
	type: typeof HEIGHT_MESSAGE;
	version: typeof PROTOCOL_VERSION;
	/** The content's height in CSS pixels, rounded up. */
	height: number;
}

export interface AskMessage {
	type: typeof ASK_MESSAGE;
	version: typeof PROTOCOL_VERSION;
}

export function heightMessage(height: number): HeightMessage {
	return {
		type: HEIGHT_MESSAGE,
		version: PROTOCOL_VERSION,
		height: Math.min(MAX_HEIGHT, Math.max(0, Math.ceil(height)))
	};
}

export const askMessage = (): AskMessage => ({ type: ASK_MESSAGE, version: PROTOCOL_VERSION });

const isRecord = (data: unknown): data is Record<string, unknown> =>
	typeof data === 'object' && data !== null;

/** The height a message carries, or `undefined` when it is not one of our height messages. */
export function readHeightMessage(data: unknown): number | undefined {
	if (!isRecord(data) || data.type !== HEIGHT_MESSAGE || data.version !== PROTOCOL_VERSION) {
		return undefined;
	}
	const { height } = data;
	if (typeof height !== 'number' || !Number.isFinite(height)) return undefined;
	if (height < 0 || height > MAX_HEIGHT) return undefined;
	return Math.ceil(height);
}

export function isAskMessage(data: unknown): boolean {
	return isRecord(data) && data.type === ASK_MESSAGE && data.version === PROTOCOL_VERSION;
}
