import { pressAlternates } from '$lib/server/chapters';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ alternates: pressAlternates() });
