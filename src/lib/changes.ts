/**
 * The changes page and its Atom feed: every dated `changes` entry of one language's pages,
 * newest first. Pure: entries in, rows or XML text out.
 */
import type { Locale } from '../i18n/locales.ts';
import { parseEntryId } from './entries.ts';
import type { ServiceEntry } from './navigation.ts';

export interface ChangeRow {
	date: string;
	summary: string;
	slug: string;
	/** Title of the page the change is on. */
	title: string;
	/** Heading id of the section that tells the change. */
	section: string;
}

/** One language's changes, newest first; same-day changes by page title. */
export function collectChanges(entries: readonly ServiceEntry[], locale: Locale): ChangeRow[] {
	const collator = new Intl.Collator(locale);
	return entries
		.filter((e) => parseEntryId(e.id).locale === locale)
		.flatMap((e) =>
			e.data.changes.map((change) => ({
				...change,
				slug: parseEntryId(e.id).slug,
				title: e.data.title,
			})),
		)
		.toSorted((a, b) => b.date.localeCompare(a.date) || collator.compare(a.title, b.title));
}

export interface FeedInput {
	/** Absolute URL of the feed itself. */
	feedUrl: string;
	/** Absolute URL of the changes page (the feed's alternate). */
	pageUrl: string;
	title: string;
	locale: Locale;
	/** Absolute URL of a row's section. */
	rowUrl: (row: ChangeRow) => string;
	rows: readonly ChangeRow[];
}

/**
 * An Atom 1.0 feed (RFC 4287) of changes. `updated` is the newest change, so the feed only
 * changes when the content does.
 * @example buildAtomFeed({ …, rows: [] }) // '<?xml version="1.0" encoding="utf-8"?>\n<feed …'
 */
export function buildAtomFeed(input: FeedInput): string {
	const newest = input.rows[0]?.date ?? '1970-01-01';
	const entries = input.rows.map((row) => {
		const url = input.rowUrl(row);
		return [
			'\t<entry>',
			`\t\t<id>${escapeXml(`${url}@${row.date}`)}</id>`,
			`\t\t<title>${escapeXml(`${row.title}: ${row.summary}`)}</title>`,
			`\t\t<link rel="alternate" href="${escapeXml(url)}"/>`,
			`\t\t<updated>${row.date}T00:00:00Z</updated>`,
			`\t\t<summary>${escapeXml(row.summary)}</summary>`,
			'\t</entry>',
		].join('\n');
	});
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${input.locale}">`,
		`\t<id>${escapeXml(input.feedUrl)}</id>`,
		`\t<title>${escapeXml(input.title)}</title>`,
		`\t<link rel="self" type="application/atom+xml" href="${escapeXml(input.feedUrl)}"/>`,
		`\t<link rel="alternate" type="text/html" href="${escapeXml(input.pageUrl)}"/>`,
		`\t<updated>${newest}T00:00:00Z</updated>`,
		'\t<author><name>AWS Security Atlas</name></author>',
		...entries,
		'</feed>',
		'',
	].join('\n');
}

/** Text safe inside XML elements and attribute values. */
export function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}
