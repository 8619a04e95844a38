/**
 * Result ordering for the search page. Pure: Pagefind results (already merged) and our page
 * table in, the list to show out.
 */

/** What the search page knows about each page without asking Pagefind. */
export interface PageCard {
	title: string;
	summary: string;
	/** Facet name → localized label, as in Pagefind's filters (`category`, `layer`). */
	facets: Record<string, string>;
}

/** The fields of a Pagefind result the page renders. */
export interface ResultData {
	url: string;
	excerpt: string;
	meta: { title?: string };
	filters: Record<string, string[]>;
	sub_results: { title: string; url: string; excerpt: string }[];
}

/**
 * Puts the best bet first. When Pagefind missed it (a katakana word the browser splits
 * differently from the index), the page still comes first, from our own page table, unless a
 * chosen facet excludes it.
 */
export function withBestBet(
	results: readonly ResultData[],
	bestUrl: string | undefined,
	pages: Readonly<Record<string, PageCard>>,
	filters: Readonly<Record<string, string>>,
): ResultData[] {
	if (!bestUrl) return [...results];
	const found = results.find((r) => r.url === bestUrl);
	const card = pages[bestUrl];
	const allowed =
		card && Object.entries(filters).every(([facet, label]) => card.facets[facet] === label);
	const best =
		found ??
		(card && allowed
			? {
					url: bestUrl,
					excerpt: escapeHtml(card.summary),
					meta: { title: card.title },
					filters: Object.fromEntries(Object.entries(card.facets).map(([k, v]) => [k, [v]])),
					sub_results: [],
				}
			: undefined);
	return best ? [best, ...results.filter((r) => r.url !== bestUrl)] : [...results];
}

function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Merges result lists of several queries: each page once, at its best score, best first. */
export function mergeByScore<T extends { id: string; score: number }>(
	lists: readonly (readonly T[])[],
): T[] {
	const byId = new Map<string, T>();
	for (const result of lists.flat()) {
		const known = byId.get(result.id);
		if (!known || result.score > known.score) byId.set(result.id, result);
	}
	return [...byId.values()].toSorted((a, b) => b.score - a.score);
}
