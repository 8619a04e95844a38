/**
 * Every internal URL of the site, built from the base path so a build can live at a domain root
 * or under a sub-path. `base` is Astro's BASE_URL ('/', '/atlas', or '/atlas/').
 */
import { LOCALES, type Locale } from '../i18n/locales.ts';

/** Makes sure a base path starts and ends with one slash. */
export function normalizeBase(base: string): string {
	const trimmed = base.replace(/^\/+|\/+$/g, '');
	return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** A file at the site root (favicon, sitemap, Open Graph image), below the base path. */
export function assetUrl(base: string, path: string): string {
	return `${normalizeBase(base)}${path.replace(/^\/+/, '')}`;
}

/** The home page of one language. */
export function homeUrl(base: string, locale: Locale): string {
	return `${normalizeBase(base)}${locale}/`;
}

/** A reference page, optionally at one of its sections. */
export function pageUrl(base: string, locale: Locale, slug: string, hash = ''): string {
	return `${homeUrl(base, locale)}services/${slug}/${hash ? `#${hash}` : ''}`;
}

/** The full comparison matrix, or one focused topic. */
export function compareUrl(base: string, locale: Locale, topic?: string): string {
	return `${homeUrl(base, locale)}compare/${topic ? `${topic}/` : ''}`;
}

/** The glossary, optionally at one term. */
export function glossaryUrl(base: string, locale: Locale, term = ''): string {
	return `${homeUrl(base, locale)}glossary/${term ? `#${term}` : ''}`;
}

/** What changed at AWS, newest first; `feed` gives its Atom feed. */
export function changesUrl(base: string, locale: Locale, feed = false): string {
	return `${homeUrl(base, locale)}${feed ? 'changes.xml' : 'changes/'}`;
}

/** The common misconceptions gathered from every page. */
export function misconceptionsUrl(base: string, locale: Locale): string {
	return `${homeUrl(base, locale)}misconceptions/`;
}

/** The search page, optionally with a query that the page runs on load. */
export function searchUrl(base: string, locale: Locale, query = ''): string {
	const url = `${homeUrl(base, locale)}search/`;
	return query ? `${url}?q=${encodeURIComponent(query)}` : url;
}

/** The per-language search lexicon (names, aliases, page cards) the search code fetches. */
export function searchLexiconUrl(base: string, locale: Locale): string {
	return `${homeUrl(base, locale)}search-lexicon.json`;
}

/** Pagefind's bundle folder, or a file in it (`pagefind.js`). */
export function pagefindUrl(base: string, file = ''): string {
	return `${normalizeBase(base)}pagefind/${file}`;
}

/**
 * The same path in another language: the locale segment after the base is swapped; query and
 * hash are kept. Paths outside a language (the chooser, 404) go to the other home page.
 * @example switchLocale('/atlas/ja/services/waf/?x=1#rules', '/atlas/', 'en') // '/atlas/en/services/waf/?x=1#rules'
 */
export function switchLocale(href: string, base: string, target: Locale): string {
	const root = normalizeBase(base);
	const match = /^([^?#]*)(.*)$/.exec(href)!;
	const path = match[1]!;
	const rest = path.startsWith(root) ? path.slice(root.length) : path.replace(/^\//, '');
	const [first, ...tail] = rest.split('/');
	if (!LOCALES.includes(first as Locale)) return homeUrl(base, target);
	return `${root}${[target, ...tail].join('/')}${match[2]}`;
}

/**
 * The language a path is in (its first segment after the base), or undefined outside both.
 * @example localeOfPath('/atlas/en/services/nope/', '/atlas/') // 'en'
 */
export function localeOfPath(path: string, base: string): Locale | undefined {
	const root = normalizeBase(base);
	const rest = path.startsWith(root) ? path.slice(root.length) : '';
	const first = rest.split('/')[0];
	return LOCALES.find((locale) => locale === first);
}
