/**
 * What the content loader (src/loaders/service-pages.ts) keeps of each page beside its HTML: the
 * record the content checks read, so the catalog's cross-page checks need not parse the page
 * again. Its own module, so the pages' bundle does not pull in the loader and its parsers.
 */
import type { PageRecord } from './content-checks.ts';

/** A page as the content checks see it, minus its frontmatter (the entry's `data`). */
export type StoredPageRecord = Omit<PageRecord, 'data'>;

/** The record the loader stored with an entry's HTML. */
export function storedPageRecord(entry: {
	id: string;
	rendered?: { metadata?: Record<string, unknown> };
}): StoredPageRecord {
	const page = entry.rendered?.metadata?.page;
	if (!page) throw new Error(`${entry.id}: the content loader stored no page record`);
	return page as StoredPageRecord;
}
