// The only adapter between Astro's content layer and src/lib: loads the pages once, runs the
// cross-page checks, and fails the build with file + field + expectation on any mistake.
import { getCollection } from 'astro:content';
import { findContentProblems, formatProblems } from '#lib/content-checks.ts';
import { contentFile, parseEntryId } from '#lib/entries.ts';
import type { ServiceEntry } from '#lib/navigation.ts';
import type { Locale } from '#i18n/locales.ts';

export const entries = await getCollection('services');

const problems = findContentProblems(
	entries.map((entry) => {
		const ref = parseEntryId(entry.id);
		return { file: contentFile(ref), ...ref, data: entry.data };
	}),
);
if (problems.length > 0) throw new Error(formatProblems(problems));

/** The entry of one page in one language. */
export function findEntry(locale: Locale, slug: string): ServiceEntry | undefined {
	return entries.find((e) => e.id === `${locale}/services/${slug}`);
}
