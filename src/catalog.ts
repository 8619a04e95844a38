// The only adapter between Astro's content layer and src/lib: loads the pages once, runs the
// cross-page checks, and fails the build with file + field + expectation on any mistake.
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { parsePageSource } from '#lib/page-source.ts';
import { findContentProblems, formatProblems } from '#lib/content-checks.ts';
import { contentFile, parseEntryId } from '#lib/entries.ts';
import { orderedEntries, type ServiceEntry } from '#lib/navigation.ts';
import { LOCALES, type Locale } from '#i18n/locales.ts';
import { GLOSSARY } from '#i18n/glossary.ts';
import { parseGlossary } from '#lib/glossary.ts';
import type { Callout } from '#lib/callouts.ts';

export const entries = await getCollection('services');

// The same cross-page rules as `npm run lint:content`, on the same parse of each file, so the
// build stops on a heading-id mismatch or a broken anchor with the file and the real line.
const pages = new Map(
	entries.map((entry) => {
		const ref = parseEntryId(entry.id);
		const file = contentFile(ref);
		const { page } = parsePageSource(file, ref, readFileSync(file, 'utf8'));
		return [entry.id, { ...page, data: entry.data }];
	}),
);
const problems = findContentProblems([...pages.values()]);
const parsedGlossary = parseGlossary(
	GLOSSARY,
	entries.map((e) => parseEntryId(e.id).slug),
);
problems.push(...parsedGlossary.problems);
if (problems.length > 0) throw new Error(formatProblems(problems));

/** Every glossary term, validated. */
export const glossary = parsedGlossary.terms;

/** The entry of one page in one language. */
export function findEntry(locale: Locale, slug: string): ServiceEntry | undefined {
	return entries.find((e) => e.id === `${locale}/services/${slug}`);
}

/** Each language's pages in reading order, sorted once for every page that needs it. */
export const readingOrder = Object.fromEntries(
	LOCALES.map((locale) => [locale, orderedEntries(entries, locale)]),
) as Record<Locale, ServiceEntry[]>;

/** The callouts of one page, in document order, as the content checks read them. */
export function calloutsOf(entry: ServiceEntry): readonly Callout[] {
	return pages.get(entry.id)?.callouts ?? [];
}
