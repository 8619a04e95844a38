/** Chooses the site language from the browser's preferences (`navigator.languages`). */
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locales.ts';

/**
 * The first preferred language the site has, by primary subtag; the default otherwise.
 * @example pickLocale(['en-US', 'ja']) // 'en'
 */
export function pickLocale(preferences: readonly string[]): Locale {
	for (const tag of preferences) {
		const primary = tag.toLowerCase().split('-')[0];
		if (isLocale(primary)) return primary;
	}
	return DEFAULT_LOCALE;
}
