// The search query set (e2e/search-queries.json) run through the real search page: shared by the
// e2e quality test and `npm run bench`, so both report the same score and the same misses.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { normalizeQuery } from '../../src/lib/search-query.ts';

export interface SearchQuery {
	query: string;
	/**
	 * A reference page slug (`waf`), or `compare/<topic>`, `compare`, `glossary` for the other
	 * pages; `null` when no page answers the query and the reader must see no results at all.
	 */
	expect: string | null;
	/** The rank `expect` must reach (0 with `expect: null`). */
	within: number;
	why: string;
}
export type QuerySet = Record<'ja' | 'en', SearchQuery[]>;

export interface QuerySetScore {
	total: number;
	within: number;
	top1: number;
	misses: string[];
	/** Queries within their rank but not first (for tuning). */
	notFirst: string[];
}

/** The share of queries answered first that the suite requires. */
export const TOP1_BAR = 0.9;

export function readQuerySet(file = 'e2e/search-queries.json'): QuerySet {
	return JSON.parse(readFileSync(file, 'utf8')) as QuerySet;
}

/**
 * What a result path points at, in the query set's terms: `waf` for a reference page,
 * `compare/network-filtering` for a comparison, `glossary` for the glossary.
 */
export function targetOf(path: string): string {
	const page = /\/(?:ja|en)\/(.*?)\/?$/.exec(new URL(path, 'http://x').pathname)?.[1] ?? path;
	return page.startsWith('services/') ? page.slice('services/'.length) : page;
}

/** Types each query into the search page already open in `page` and compares the ranks. */
export async function scoreQuerySet(
	page: Page,
	queries: readonly SearchQuery[],
): Promise<QuerySetScore> {
	const input = page.locator('[data-search-main]');
	const misses: string[] = [];
	const notFirst: string[] = [];
	let top1 = 0;
	for (const q of queries) {
		await input.fill(q.query);
		const list = page.locator(
			`[data-results][data-query="${normalizeQuery(q.query).replace(/["\\]/g, '\\$&')}"]`,
		);
		await list.waitFor({ state: 'attached' });
		const targets = (
			await list
				.locator('.result-title')
				.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
		).map(targetOf);
		if (q.expect === null) {
			// "No results" is the right first answer; any result is a miss.
			if (targets.length === 0) top1++;
			else
				misses.push(
					`${q.query} → expected no results, got [${targets.slice(0, 3).join(', ')}] (${q.why})`,
				);
			continue;
		}
		const rank = targets.indexOf(q.expect) + 1;
		if (rank === 1) top1++;
		else if (rank <= q.within)
			notFirst.push(
				`${q.query} → ${q.expect} at ${rank}, after [${targets.slice(0, rank - 1).join(', ')}]`,
			);
		if (rank === 0 || rank > q.within)
			misses.push(
				`${q.query} → expected ${q.expect} within ${q.within}, got [${targets.slice(0, 3).join(', ')}] (${q.why})`,
			);
	}
	return { total: queries.length, within: queries.length - misses.length, top1, misses, notFirst };
}

/** One line: `ja: 120/120 within rank (100 %), top-1 113/120 (94 %)`. */
export function formatScore(locale: string, s: QuerySetScore): string {
	const pct = (n: number) => `${((n / s.total) * 100).toFixed(0)} %`;
	return `${locale}: ${s.within}/${s.total} within rank (${pct(s.within)}), top-1 ${s.top1}/${s.total} (${pct(s.top1)})`;
}
