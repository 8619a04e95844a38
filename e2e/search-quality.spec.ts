// The search query set (e2e/search-queries.json): realistic queries in both languages, each with
// the page that must come first or within the top 3. Runs them through the real search page and
// fails below the bar: every query within its rank, and top-1 for at least 90 % of all queries.
import { readFileSync } from 'node:fs';
import { test, expect } from './support/fixtures.ts';
import { LOCALES } from './support/site.ts';
import { slugOf } from './support/search.ts';
import { normalizeQuery } from '../src/lib/search-query.ts';

interface Query {
	query: string;
	expect: string;
	within: 1 | 3;
	why: string;
}
const QUERIES: Record<'ja' | 'en', Query[]> = JSON.parse(
	readFileSync('e2e/search-queries.json', 'utf8'),
);
const TOP1_BAR = 0.9;

for (const locale of LOCALES) {
	test(`${locale}: the search query set meets the bar`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.goto(`${locale}/search/`);
		const input = page.locator('[data-search-main]');
		const misses: string[] = [];
		let top1 = 0;
		for (const q of QUERIES[locale]) {
			await input.fill(q.query);
			const list = page.locator(
				`[data-results][data-query="${normalizeQuery(q.query).replace(/"/g, '\\"')}"]`,
			);
			await list.waitFor({ state: 'attached' });
			const slugs = (
				await list
					.locator('.result-title')
					.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
			).map(slugOf);
			const rank = slugs.indexOf(q.expect) + 1;
			if (rank === 1) top1++;
			if (rank === 0 || rank > q.within)
				misses.push(
					`${q.query} → expected ${q.expect} within ${q.within}, got [${slugs.slice(0, 3).join(', ')}] (${q.why})`,
				);
		}
		const total = QUERIES[locale].length;
		const within = total - misses.length;
		console.log(
			`${locale}: ${within}/${total} within rank (${((within / total) * 100).toFixed(0)} %), top-1 ${top1}/${total} (${((top1 / total) * 100).toFixed(0)} %)`,
		);
		expect(total).toBeGreaterThanOrEqual(30);
		expect(misses, 'queries below their rank').toEqual([]);
		expect(top1 / total).toBeGreaterThanOrEqual(TOP1_BAR);
	});
}
