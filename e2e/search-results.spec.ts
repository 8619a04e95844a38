// What a result says: the comparison first for comparisons, whole-word marks, excerpts cut at
// sentence or phrase boundaries, the category and the matched section, one language per index,
// and the lists (glossary, matrix) below the pages that explain a term.
import { test, expect } from './support/fixtures.ts';
import { searchResults } from './support/search.ts';
import { targetOf } from './support/query-set.ts';

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

async function excerpts(page: import('@playwright/test').Page): Promise<string[]> {
	return page.locator('.results .excerpt').allTextContents();
}

test('a comparison of two named pages puts their comparison first, then both pages', async ({
	page,
}) => {
	for (const [locale, query] of [
		['ja', 'ネットワークACLとセキュリティグループの違い'],
		['ja', 'NACL SG 違い'],
		['en', 'NACL vs SG'],
		['en', 'stateful vs stateless firewall'],
	] as const) {
		const results = (await searchResults(page, locale, query)).map(targetOf);
		expect(results.slice(0, 3).toSorted(), query).toEqual(
			['compare/network-filtering', 'network-acl', 'security-group'].toSorted(),
		);
		expect(results[0], query).toBe('compare/network-filtering');
		await expect(page.locator('.results > li').first().locator('.badge').first()).toHaveText(
			locale === 'ja' ? 'おすすめ' : 'Best match',
		);
	}
});

test("a query that is a page's name shows that page's summary, not a section that mentions it", async ({
	page,
}) => {
	for (const [locale, query, slug] of [
		['ja', 'WAF', 'waf'],
		['en', 'Amazon GuardDuty', 'guardduty'],
	] as const) {
		const results = await searchResults(page, locale, query);
		expect(targetOf(results[0]!), query).toBe(slug);
		const first = page.locator('.results > li').first();
		await page.goto(`${locale}/services/${slug}/`);
		const summary = (await page.locator('.page-head .summary').textContent())!.trim();
		await searchResults(page, locale, query);
		await expect(first.locator('.excerpt')).toHaveText(summary);
		await expect(first.locator('.sections')).toHaveCount(0);
	}
});

test('ステートフル marks ステートフル only, never ステートレス or ステートメント', async ({
	page,
}) => {
	const results = (await searchResults(page, 'ja', 'ステートフル')).map(targetOf);
	expect(results[0]).toBe('security-group');
	const marks = await page.locator('.results mark').allTextContents();
	expect(marks.length).toBeGreaterThan(0);
	expect(new Set(marks)).toEqual(new Set(['ステートフル']));
	// Pages that only share the prefix rank below the network ACL, which uses the word.
	const acl = results.indexOf('network-acl');
	expect(acl).toBeGreaterThan(0);
	for (const other of ['policy-generator', 'iam']) {
		const rank = results.indexOf(other);
		if (rank !== -1) expect(rank, other).toBeGreaterThan(acl);
	}
});

test('the glossary and the matrix never outrank the page that explains a term', async ({
	page,
}) => {
	for (const [locale, query, explained] of [
		['ja', 'エフェメラルポート', 'network-acl'],
		['ja', '委任管理者', 'guardduty'],
		['ja', 'レートベースのルール', 'waf'],
		['en', 'ephemeral port', 'network-acl'],
		['en', 'delegated administrator', 'guardduty'],
		['en', 'stateless', 'network-acl'],
	] as const) {
		const results = (await searchResults(page, locale, query)).map(targetOf);
		const term = results.indexOf(explained);
		expect(term, `${query}: ${results.join(', ')}`).toBeGreaterThanOrEqual(0);
		for (const list of ['glossary', 'compare', 'misconceptions', 'changes']) {
			const rank = results.indexOf(list);
			if (rank !== -1) expect(rank, `${query}: ${list}`).toBeGreaterThan(term);
			if (rank !== -1) expect(rank, `${query}: ${list} in the top three`).toBeGreaterThanOrEqual(3);
		}
	}
});

test('excerpts start and end at sentence or phrase boundaries, with … where cut', async ({
	page,
}) => {
	for (const [locale, query] of [
		['ja', 'ステートレス'],
		['ja', 'エフェメラルポート'],
		['ja', 'ルールの評価順序'],
		['en', 'rate-based rule'],
		['en', 'ephemeral port'],
		['en', 'delegated administrator'],
	] as const) {
		await searchResults(page, locale, query);
		const texts = await excerpts(page);
		expect(texts.length, query).toBeGreaterThan(0);
		for (const text of texts) {
			// Pagefind's block joiner never shows between Japanese words.
			expect(text, query).not.toMatch(/[^\x00-\x7f]\. /);
			if (locale === 'ja') {
				expect(text, query).toMatch(/^(…|[^、。をにはがでとのもや])/);
				expect(text, query).toMatch(/([。）」…]|[^\x00-\x7f\s]|[A-Za-z0-9)])$/);
			} else {
				expect(text, query).toMatch(/^(…|[A-Z0-9"“(`]|[a-z]+[A-Z])/);
				expect(text, query).toMatch(/([.!?…)"”]|[A-Za-z0-9])$/);
			}
		}
	}
});

test('each result shows its category and the section that matched', async ({ page }) => {
	await searchResults(page, 'en', 'ephemeral port');
	const acl = page.locator('.results > li', {
		has: page.locator('.result-title[href$="/services/network-acl/"]'),
	});
	await expect(
		acl.locator('.badge', { hasText: 'Network and application protection' }),
	).toBeVisible();
	await expect(acl.locator('.sections a')).toHaveAttribute('href', /network-acl\/#[a-z-]+:~:text=/);
	await expect(acl.locator('mark').first()).toHaveText(/ephemeral port/i);
});

test('English results show English text only', async ({ page }) => {
	for (const query of ['stateful', 'glossary', 'ephemeral port', 'delegated administrator']) {
		await searchResults(page, 'en', query);
		while (await page.locator('[data-more]').isVisible()) {
			const count = await page.locator('.results > li').count();
			await page.locator('[data-more]').click();
			await expect(page.locator('.results > li')).not.toHaveCount(count);
		}
		const text = (await page.locator('.results').textContent()) ?? '';
		expect(text.match(JAPANESE)?.[0], query).toBeUndefined();
	}
});

test('the English index holds no Japanese from the glossary', async ({ page }) => {
	await page.goto('en/search/');
	const content = await page.evaluate(async () => {
		const url = new URL('../../pagefind/pagefind.js', location.href).href;
		const pagefind = await import(/* @vite-ignore */ url);
		await pagefind.options({ noWorker: true });
		const { results } = await pagefind.search('stateful');
		const pages = await Promise.all(
			results.map((r: { data: () => Promise<{ url: string; content: string }> }) => r.data()),
		);
		return pages.find((p) => p.url.endsWith('/glossary/'))?.content ?? '';
	});
	expect(content).toContain('stateful');
	expect(content.match(JAPANESE)?.[0]).toBeUndefined();
});

test('tables are summarised, not dumped: the matrix and comparisons show their introduction', async ({
	page,
}) => {
	await searchResults(page, 'en', 'comparison matrix');
	const first = page.locator('.results > li').first();
	await expect(first.locator('.result-title')).toHaveAttribute('href', /\/en\/compare\/$/);
	await expect(first.locator('.excerpt')).toHaveText(/^Every page of the site against every/);
	await searchResults(page, 'ja', 'KMS と CloudHSM の違い');
	await expect(page.locator('.results > li').first().locator('.excerpt')).not.toContainText('. ');
});
