/**
 * What the meta-data builders and citations need to know about the published
 * site, passed in so that they stay pure: the unit tests give their own
 * (another origin, a deploy sub-path) and the pages give `siteContext`.
 */
import { site } from '$lib/config';
import { absoluteUrl } from '$lib/paths';

export interface MetaContext {
	/** A site path made absolute: origin, deploy sub-path, then the path. */
	absolute: (path: string) => string;
	publisher: string;
	/** ISO date of this edition (see `site.published`). */
	published: string;
}

/** The published site's context: its configured origin, sub-path, publisher and date. */
export const siteContext: MetaContext = {
	absolute: absoluteUrl,
	publisher: site.publisher,
	published: site.published
};
