// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** The public origin (scheme + host), from SITE_ORIGIN at build time. */
	const __SITE_ORIGIN__: string;
	/** The press contact, from PRESS_CONTACT_EMAIL / PRESS_CONTACT_LABEL at build time; null when unset. */
	const __PRESS_CONTACT__: import('$lib/press/contact').PressContact | null;
	namespace App {
		interface Locals {
			/** What the page says about itself; its server load sets it, the server hook writes it out. */
			meta?: import('$lib/press/meta').PageMeta;
		}
		interface PageData {
			lang?: import('$lib/i18n/lang').Lang;
			/** The interface strings of the page's language (`$lib/i18n/page-strings.ts`). */
			t?: import('$lib/i18n/page-strings').PageStrings;
		}
	}
}

export {};
