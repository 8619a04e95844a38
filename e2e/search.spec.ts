import { test, expect } from './support/fixtures.ts';
import { searchResults, slugOf } from './support/search.ts';

test('searching GuardDuty in English finds the GuardDuty page first', async ({ page }) => {
	const results = await searchResults(page, 'en', 'GuardDuty');
	expect(slugOf(results[0]!)).toBe('guardduty');
});

test('searching ステートフル in Japanese finds the security group page first', async ({ page }) => {
	const results = await searchResults(page, 'ja', 'ステートフル');
	expect(slugOf(results[0]!)).toBe('security-group');
});

test('searching stateless finds the network ACL page first', async ({ page }) => {
	const results = await searchResults(page, 'en', 'stateless');
	expect(slugOf(results[0]!)).toBe('network-acl');
});

test('a Japanese page searches the Japanese index only', async ({ page }) => {
	const results = await searchResults(page, 'ja', 'GuardDuty');
	expect(results.length).toBeGreaterThan(0);
	expect(results.every((r) => r.includes('/ja/'))).toBe(true);
});

test('typing updates ?q= in the URL so the search can be shared', async ({ page }) => {
	await page.goto('en/search/');
	await page.getByRole('searchbox', { name: 'Search the site' }).last().fill('rate-based rule');
	await expect(page).toHaveURL(/\?q=rate-based\+rule$/);
	await expect(page.locator('.result-title').first()).toHaveAttribute('href', /services\/waf\/$/);
});

test('without JavaScript the header search box submits to the search page of the same language', async ({
	browser,
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${test.info().project.use.baseURL}ja/services/waf/`);
	const box = page.getByRole('searchbox', { name: 'サイト内検索' });
	await box.fill('Macie');
	await box.press('Enter');
	await expect(page).toHaveURL(/\/ja\/search\/\?q=Macie$/);
	await context.close();
});

test('on the search page, / and Ctrl+K focus the search page field', async ({ page }) => {
	await page.goto('en/search/');
	await page.locator('h1').click();
	await page.keyboard.press('/');
	await expect(page.locator('[data-search-main]')).toBeFocused();
	await page.locator('h1').click();
	await page.keyboard.press('Control+k');
	await expect(page.locator('[data-search-main]')).toBeFocused();
	await expect(page.locator('dialog')).toBeHidden();
});

test('result sections deep-link to the matching heading', async ({ page }) => {
	await searchResults(page, 'en', 'trusted IP list');
	const section = page.locator('.sections a').first();
	await expect(section).toHaveAttribute('href', /services\/guardduty\/#[a-z-]+/);
	await section.click();
	await expect(page).toHaveURL(/services\/guardduty\/#/);
});

test('a page that never uses search loads no Pagefind file', async ({ page }) => {
	const pagefind: string[] = [];
	page.on('request', (r) => {
		if (r.url().includes('/pagefind/')) pagefind.push(r.url());
	});
	await page.goto('ja/services/guardduty/');
	await page.waitForLoadState('networkidle');
	expect(pagefind).toEqual([]);
});

test('no results suggest the other language and the comparison matrix', async ({ page }) => {
	const results = await searchResults(page, 'en', 'zzqqxxvv');
	expect(results).toEqual([]);
	await expect(page.getByRole('link', { name: 'Search the Japanese pages' })).toHaveAttribute(
		'href',
		/\/ja\/search\/\?q=zzqqxxvv$/,
	);
	await expect(
		page.getByRole('link', { name: 'See every page in the comparison matrix' }),
	).toBeVisible();
});
