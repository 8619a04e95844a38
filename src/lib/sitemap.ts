/** sitemap.xml with hreflang alternates, from the list of pages and their language versions. */
import { LOCALES, type Locale } from '../i18n/locales.ts';

/** One page in every language: absolute URLs by locale. */
export type AlternateSet = Record<Locale, string>;

const escapeXml = (text: string) =>
	text.replace(
		/[<>&'"]/g,
		(c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!,
	);

/** Renders every URL of every set, each listing all its language versions and x-default (the language chooser). */
export function renderSitemap(sets: readonly AlternateSet[], xDefault: string): string {
	const urls = sets.flatMap((set) =>
		LOCALES.map((locale) => {
			const alternates = [
				...LOCALES.map(
					(l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${escapeXml(set[l])}"/>`,
				),
				`<xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(xDefault)}"/>`,
			];
			return `<url><loc>${escapeXml(set[locale])}</loc>${alternates.join('')}</url>`;
		}),
	);
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}
