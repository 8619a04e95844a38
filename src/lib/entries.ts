/** Content entry ids (`ja/services/waf`) ⇄ { locale, slug }. */
import { isLocale, type Locale } from '../i18n/locales.ts';

/** Slugs are URLs: ASCII, lowercase, hyphenated. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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
	if (!SLUG.test(slug)) {
		throw new Error(
			`content/${id}.mdx: the slug "${slug}" is its URL forever; expected ASCII kebab-case (a-z, 0-9, hyphens)`,
		);
	}
	return { locale, slug };
}

/** The content file a page comes from, relative to the project root. */
export function contentFile({ locale, slug }: EntryRef): string {
	return `content/${locale}/services/${slug}.mdx`;
}

/**
 * The page a content file path holds, or undefined for files that are not pages.
 * @example refFromPath('/repo/content/ja/services/waf.mdx') // { locale: 'ja', slug: 'waf' }
 */
export function refFromPath(path: string): EntryRef | undefined {
	const match = /(?:^|\/)content\/([^/]+)\/services\/([^/]+)\.mdx$/.exec(path.replace(/\\/g, '/'));
	return match && isLocale(match[1]) ? parseEntryId(`${match[1]}/services/${match[2]}`) : undefined;
}
