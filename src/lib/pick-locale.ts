/** Chooses the site language from the browser's preferences (`navigator.languages`). */
import { isLocale, type Locale } from '../i18n/locales.ts';

/** Readers whose browser asks for none of the site's languages read English, not Japanese. */
export const FALLBACK_LOCALE: Locale = 'en';

/**
 * The first preferred language the site has, by primary subtag; English otherwise.
 * @example pickLocale(['fr-FR', 'de']) // 'en'
 */
export function pickLocale(preferences: readonly string[]): Locale {
	for (const tag of preferences) {
		const primary = tag.toLowerCase().split('-')[0];
		if (isLocale(primary)) return primary;
	}
	return FALLBACK_LOCALE;
}
