/**
 * Settings of the published site, in one place. The origin comes from the
 * SITE_ORIGIN environment variable at build time, the press contact from
 * PRESS_CONTACT_EMAIL and PRESS_CONTACT_LABEL (see README).
 */
import { origin } from './paths';

export const site = {
	/** Scheme and host of the public site, no trailing slash (see `$lib/paths`). */
	origin,
	name: { fr: 'L’après-mines', en: 'After the Mines' },
	publisher: 'Mission Bassin Minier Nord-Pas de Calais',
	/**
	 * The day this edition of the site is published (ISO date): the citation's
	 * date and the chapters' `datePublished`. A constant, not the build's clock,
	 * so rebuilding the same text gives the same pages; change it with a new edition.
	 */
	published: '2026-11-26',
	/**
	 * Where the press writes, from PRESS_CONTACT_EMAIL (and PRESS_CONTACT_LABEL);
	 * null when the build was not given one, and then the press page shows none.
	 */
	contact: __PRESS_CONTACT__
} as const;
