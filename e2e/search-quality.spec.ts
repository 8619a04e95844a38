// The search query set (e2e/search-queries.json): realistic queries in both languages, each with
// the page that must come first or within the top 3. Runs them through the real search page and
// fails below the bar: every query within its rank, and top-1 for at least 90 % of all queries.
import { test, expect } from './support/fixtures.ts';
import { LOCALES } from './support/site.ts';
import { formatScore, readQuerySet, scoreQuerySet, TOP1_BAR } from './support/query-set.ts';

const QUERIES = readQuerySet();

for (const locale of LOCALES) {
	test(`${locale}: the search query set meets the bar`, async ({ page }) => {
		test.setTimeout(180_000);
		await page.goto(`${locale}/search/`);
		const score = await scoreQuerySet(page, QUERIES[locale]);
		console.log(formatScore(locale, score));
		expect(score.total).toBeGreaterThanOrEqual(120);
		expect(score.misses, 'queries below their rank').toEqual([]);
		expect(score.top1 / score.total).toBeGreaterThanOrEqual(TOP1_BAR);
	});
}
