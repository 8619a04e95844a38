/** The site's languages. Japanese is the source language and the default. */
export const LOCALES = ['ja', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'ja';

/** True when `value` names one of the site's languages. */
export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The other language of a two-language site. */
export function otherLocale(locale: Locale): Locale {
	return locale === 'ja' ? 'en' : 'ja';
}

/** The page's language from Astro.currentLocale; the default where a route has none. */
export function localeOf(value: unknown): Locale {
	return isLocale(value) ? value : DEFAULT_LOCALE;
}
