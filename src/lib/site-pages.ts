/** Every indexable page of the site as paths per language, for the sitemap and the e2e sweep. */
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { parseEntryId } from './entries.ts';
import type { ServiceEntry } from './navigation.ts';
import { TOPIC_IDS } from './topics.ts';
import {
	changesUrl,
	compareUrl,
	glossaryUrl,
	homeUrl,
	misconceptionsUrl,
	pageUrl,
} from './urls.ts';

/** Paths of one page in each language, in a stable order: home, compare pages, glossary, changes, misconceptions, reference pages. */
export function listSitePages(
	entries: readonly ServiceEntry[],
	base: string,
): Record<Locale, string>[] {
	const slugs = [...new Set(entries.map((e) => parseEntryId(e.id).slug))].sort();
	const forAll = (path: (locale: Locale) => string) =>
		Object.fromEntries(LOCALES.map((l) => [l, path(l)])) as Record<Locale, string>;
	return [
		forAll((l) => homeUrl(base, l)),
		forAll((l) => compareUrl(base, l)),
		...TOPIC_IDS.map((topic) => forAll((l) => compareUrl(base, l, topic))),
		forAll((l) => compareUrl(base, l, 'map')),
		forAll((l) => glossaryUrl(base, l)),
		forAll((l) => changesUrl(base, l)),
		forAll((l) => misconceptionsUrl(base, l)),
		...slugs.map((slug) => forAll((l) => pageUrl(base, l, slug))),
	];
}
