/**
 * The links a reader copies: always built from the address being read (`location`), never from
 * the build-time site URL, so a preview deploy, another port or a sub-path copies working links.
 */
import { LOCALES } from '../i18n/locales.ts';
import { switchLocale } from './urls.ts';

/** The parts of `location` the links are built from. */
export interface Address {
	origin: string;
	pathname: string;
	search?: string;
}

/**
 * One section of the page being read.
 * @example sectionLink({ origin: 'http://localhost:4400', pathname: '/en/services/waf/' }, 'rules') // 'http://localhost:4400/en/services/waf/#rules'
 */
export function sectionLink(address: Address, id: string): string {
	return `${address.origin}${address.pathname}#${id}`;
}

/**
 * The same section in every language, one link per language in LOCALES order: the locale
 * segment after `base` is swapped, the origin stays.
 * @example sectionLinks({ origin: 'https://x.dev', pathname: '/atlas/ja/services/waf/' }, '/atlas/', 'rules') // ['https://x.dev/atlas/ja/services/waf/#rules', 'https://x.dev/atlas/en/services/waf/#rules']
 */
export function sectionLinks(address: Address, base: string, id: string): string[] {
	return LOCALES.map(
		(locale) => `${address.origin}${switchLocale(address.pathname, base, locale)}#${id}`,
	);
}

/** The view being read, with its query (the matrix's filters), without the section hash. */
export function viewLink(address: Address): string {
	return `${address.origin}${address.pathname}${address.search ?? ''}`;
}
