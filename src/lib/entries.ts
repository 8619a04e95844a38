/** Content entry ids (`ja/services/waf`) ⇄ { locale, slug }. */
import { isLocale, type Locale } from '../i18n/locales.ts';

export interface EntryRef {
	locale: Locale;
	slug: string;
}

/**
 * Splits a collection entry id into its language and slug.
 * @example parseEntryId('en/services/guardduty') // { locale: 'en', slug: 'guardduty' }
 */
export function parseEntryId(id: string): EntryRef {
	const [locale, folder, slug, ...rest] = id.split('/');
	if (!isLocale(locale) || folder !== 'services' || !slug || rest.length > 0) {
		throw new Error(
			`content/${id}.mdx: expected content/<ja|en>/services/<slug>.mdx (the first folder must be a language)`,
		);
	}
	return { locale, slug };
}

/** The content file a page comes from, relative to the project root. */
export function contentFile({ locale, slug }: EntryRef): string {
	return `content/${locale}/services/${slug}.mdx`;
}
