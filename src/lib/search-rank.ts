/**
 * Result order for search. Pagefind finds pages by words; this decides what comes first the way
 * a reader expects: the comparison page when the query compares pages it names, then the pages
 * the query names (title, alias or need word before glossary term), then the pages that contain
 * the query's own words whole, and the lists (glossary, matrix, changes) last. Pure.
 */
import { findTerm } from './search-excerpt.ts';
import type { QueryAnalysis } from './search-intent.ts';
import type { LexiconPage } from './search-lexicon.ts';

/** A reference page Pagefind found, with its text loaded. */
export interface Candidate {
	url: string;
	/** Pagefind's score for the whole query; 0 when only single words matched. */
	score: number;
	/** How many of the query's words Pagefind matched on the page. */
	hits: number;
	/** The page text (for whole-word checks). */
	content: string;
}

/** One entry of the ordered list: a Pagefind page, or a named page from the lexicon. */
export interface Ranked {
	url: string;
	/** Lexicon index of the page, when the lexicon knows it. */
	page: number | undefined;
	candidate: Candidate | undefined;
	/** Why it is where it is (for the "best match" badge and for tests). */
	reason: 'comparison' | 'named' | 'term' | 'found';
}

/** Whether a lexicon page passes the chosen facets (facet name → localized label). */
export function passesFacets(page: LexiconPage, facets: Readonly<Record<string, string>>): boolean {
	return Object.entries(facets).every(([facet, label]) => page.facets[facet] === label);
}

/**
 * Orders the pages Pagefind found (`candidates`, best Pagefind order first) and the pages the
 * query names. Pages that are neither named nor found are not added.
 */
export function rankResults(
	analysis: QueryAnalysis,
	candidates: readonly Candidate[],
	pages: readonly LexiconPage[],
	facets: Readonly<Record<string, string>> = {},
): Ranked[] {
	const byUrl = new Map(pages.map((p, i) => [p.url, i]));
	const found = new Map(candidates.map((c) => [c.url, c]));
	const out: Ranked[] = [];
	const seen = new Set<string>();
	const push = (page: number, reason: Ranked['reason']) => {
		const lexicon = pages[page];
		if (!lexicon || seen.has(lexicon.url) || !passesFacets(lexicon, facets)) return;
		seen.add(lexicon.url);
		out.push({ url: lexicon.url, page, candidate: found.get(lexicon.url), reason });
	};
	if (analysis.topic !== undefined) push(analysis.topic, 'comparison');
	// A need word says what the reader wants (who changed…); the other names say about what.
	for (const name of analysis.names) {
		if (name.kind === 'need') for (const page of name.pages) push(page, 'named');
	}
	for (const name of analysis.names) {
		if (name.kind !== 'term') for (const page of name.pages) push(page, 'named');
	}
	for (const name of analysis.names) {
		if (name.kind === 'term') push(name.pages[0]!, 'term');
	}
	const units = analysis.units;
	const whole = (c: Candidate) =>
		units.filter((unit) => unit.some((t) => findTerm(c.content, t) !== -1)).length;
	const rest = candidates
		.filter((c) => !seen.has(c.url))
		.map((c, order) => ({ c, order, whole: whole(c) }))
		.toSorted(
			(a, b) =>
				b.whole - a.whole || b.c.hits - a.c.hits || b.c.score - a.c.score || a.order - b.order,
		);
	for (const { c } of rest) {
		seen.add(c.url);
		const page = byUrl.get(c.url);
		out.push({ url: c.url, page, candidate: c, reason: 'found' });
	}
	return out;
}
