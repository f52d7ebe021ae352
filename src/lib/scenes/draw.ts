/**
 * Small vocabulary shared by the scenes' `animate.ts` files (downloaded with
 * them, never on first load).
 */

/**
 * A stroke that draws itself. The path carries `pathLength="1"` in its Figure,
 * so one dash as long as the whole path, offset by its length, hides it.
 */
export const undrawn = { strokeDasharray: '1 1', strokeDashoffset: 1 };
export const drawn = { strokeDasharray: '1 1', strokeDashoffset: 0, ease: 'none' };
