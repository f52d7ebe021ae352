/**
 * The press contact is a build setting, like SITE_ORIGIN: `PRESS_CONTACT_EMAIL`
 * (and, optionally, `PRESS_CONTACT_LABEL`, a name shown before the address)
 * are read by `vite.config.ts` when the site is built. With no address set, the
 * press page has no contact section at all: the public never sees a placeholder.
 * Pure, so that the build and the unit tests read the settings the same way.
 */

export interface PressContact {
	/** Where the press writes, e.g. presse@mission-bassin-minier.fr. */
	email: string;
	/** Who answers (a department or a person), shown as written in both languages; may be empty. */
	label: string;
}

const EMAIL = /^[^\s@<>"'()]+@[^\s@<>"'()]+\.[^\s@<>"'()]+$/;

/**
 * The contact from the environment, or `null` when `PRESS_CONTACT_EMAIL` is
 * unset or blank. Throws, naming the setting, when the address is not one.
 */
export function readPressContact(env: Record<string, string | undefined>): PressContact | null {
	const email = (env.PRESS_CONTACT_EMAIL ?? '').trim();
	const label = (env.PRESS_CONTACT_LABEL ?? '').trim().replace(/\s+/g, ' ');
	if (!email) {
		if (label) throw new Error('PRESS_CONTACT_LABEL is set but PRESS_CONTACT_EMAIL is not');
		return null;
	}
	if (!EMAIL.test(email)) {
		throw new Error(`PRESS_CONTACT_EMAIL: "${email}" is not an email address`);
	}
	return { email, label };
}
