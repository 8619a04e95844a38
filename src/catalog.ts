// The only adapter between Astro's content layer and src/lib: loads the pages once, runs the
// cross-page checks, and fails the build with file + field + expectation on any mistake.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { storedPageRecord } from '#lib/stored-page.ts';
import { findContentProblems, formatProblems } from '#lib/content-checks.ts';
import { contentFile, parseEntryId } from '#lib/entries.ts';
import { orderedEntries, type ServiceEntry } from '#lib/navigation.ts';
import { LOCALES, type Locale } from '#i18n/locales.ts';
import { GLOSSARY } from '#i18n/glossary.ts';
import { parseGlossary } from '#lib/glossary.ts';
import type { Callout } from '#lib/callouts.ts';
import { codeDigest } from '#lib/code-digest.ts';

export const entries = await getCollection('services');

// The same cross-page rules as `npm run lint:content`, on the records the content loader kept
// of each file, so the build stops on a heading-id mismatch or a broken anchor with the file and
// the real line.
const pages = new Map(
	entries.map((entry) => [entry.id, { ...storedPageRecord(entry), data: entry.data }]),
);
const byId = new Map(entries.map((entry) => [entry.id, entry]));
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
	return byId.get(`${locale}/services/${slug}`);
}

/** Each language's pages in reading order, sorted once for every page that needs it. */
export const readingOrder = Object.fromEntries(
	LOCALES.map((locale) => [locale, orderedEntries(entries, locale)]),
) as Record<Locale, ServiceEntry[]>;

/** The callouts of one page, in document order, as the content checks read them. */
export function calloutsOf(entry: ServiceEntry): readonly Callout[] {
	return pages.get(entry.id)?.callouts ?? [];
}

/**
 * What every service page shows of the other pages (titles and fields in the sidebar, prev/next,
 * related links, tables) and of the glossary, and the code and config that render it, as one
 * digest: any frontmatter, glossary, code or config change re-renders every page on an
 * incremental build. Astro's own key misses some code: a style edited on the search page renames
 * the one shared stylesheet, and a reused service page would still link the old, deleted file.
 */
const siteDigest = createHash('sha256')
	.update(JSON.stringify([entries.map((e) => [e.id, e.data]), glossary]))
	.update(codeDigest(['src', 'astro.config.mjs', 'package-lock.json']))
	.digest('hex');

/**
 * The incremental-build key of a page that shows only frontmatter, the glossary and code (home,
 * matrix, topic tables, map, glossary, changes, language choosers): an edit to a page's text
 * reuses them, any other change renders them again.
 */
export const frontmatterCacheKey = siteDigest;

/** `getStaticPaths` of a one-per-language page that shows only frontmatter, the glossary and code. */
export function frontmatterLocalePaths() {
	return LOCALES.map((locale) => ({
		params: { lang: locale },
		props: { locale },
		cacheKey: frontmatterCacheKey,
	}));
}

/**
 * The incremental-build key of one service page: the site digest and the page's own file, so an
 * unchanged key means the page would render the same; editing one page's body re-renders only
 * that page.
 */
export function pageCacheKey(entry: ServiceEntry): string {
	const file = contentFile(parseEntryId(entry.id));
	return createHash('sha256').update(siteDigest).update(readFileSync(file)).digest('hex');
}
