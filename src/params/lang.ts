import type { ParamMatcher } from '@sveltejs/kit';

/** French lives at the root; other languages get a prefix (`/en/`). */
export const match: ParamMatcher = (param) => param === 'en';
