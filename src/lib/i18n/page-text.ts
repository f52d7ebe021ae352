/**
 * The page's interface strings (`t` in its data, see `page-strings.ts`), for
 * components: `const t = $derived(pageText())`.
 */
import { page } from '$app/state';
import type { PageStrings } from './page-strings';

export function pageText(): PageStrings {
	const t = page.data.t;
	if (!t) throw new Error('this page’s server load gives no interface strings (t)');
	return t;
}
