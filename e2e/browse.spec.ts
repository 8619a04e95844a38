import { test, expect } from './support/fixtures.ts';
import { LOCALES, pageCount } from './support/site.ts';

for (const locale of LOCALES) {
	test.describe(`browsing in ${locale}`, () => {
		test('home shows every category, the pages and the security map', async ({ page }) => {
			await page.goto(`${locale}/`);
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			const categories = page.locator('.category');
			await expect(categories).toHaveCount(6);
			await expect(page.locator('.security-map svg a')).toHaveCount(pageCount());
			await page.locator('.category a').first().click();
			await expect(page).toHaveURL(/\/services\/[a-z-]+\/$/);
		});

		test('a reference page has title, facts, TOC, sidebar and prev/next', async ({ page }) => {
			await page.goto(`${locale}/services/security-group/`);
			await expect(page.getByRole('heading', { level: 1 })).toContainText(
				locale === 'ja' ? 'セキュリティグループ' : 'Security group',
			);
			const toc = page.getByRole('navigation', {
				name: locale === 'ja' ? 'このページの内容' : 'On this page',
			});
			await toc.getByRole('link').first().click();
			await expect(page).toHaveURL(/#how-it-works$/);
			const sidebar = page.getByRole('navigation', {
				name: locale === 'ja' ? 'ページ一覧' : 'All pages',
			});
			await expect(sidebar.locator('[aria-current="page"]')).toHaveAttribute(
				'href',
				/security-group\/$/,
			);
			const pagination = page.getByRole('navigation', {
				name: locale === 'ja' ? '前後のページ' : 'Previous and next page',
			});
			await pagination.locator('a[rel="next"]').click();
			await expect(page).toHaveURL(/services\/network-firewall\/$/);
			await expect(page.locator('.facts')).toBeVisible();
		});

		test('GFM tables from the content render as tables', async ({ page }) => {
			await page.goto(`${locale}/services/guardduty/`);
			const table = page.locator('.section-heading:has(#ip-lists) ~ .table-scroll table').first();
			await expect(table.locator('thead th')).not.toHaveCount(0);
			await expect(table.locator('tbody tr')).not.toHaveCount(0);
		});

		test('the search page, compare page and map load', async ({ page }) => {
			for (const path of ['search/', 'compare/', 'compare/network-filtering/', 'compare/map/']) {
				await page.goto(`${locale}/${path}`);
				await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			}
		});

		test('on a phone the page fits the screen and the content comes first', async ({ page }) => {
			await page.setViewportSize({ width: 375, height: 740 });
			await page.goto(`${locale}/services/waf/`);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - window.innerWidth,
			);
			expect(overflow).toBeLessThanOrEqual(0);
			const main = await page.locator('main').boundingBox();
			const sidebar = await page.locator('.page-sidebar').boundingBox();
			expect(main!.y).toBeLessThan(sidebar!.y);
		});
	});
}

test('the language chooser at / follows the browser language', async ({ browser, baseURL }) => {
	for (const [languages, expected] of [
		[['en-US'], 'en'],
		[['ja-JP'], 'ja'],
		[['fr'], 'ja'],
	] as const) {
		const context = await browser.newContext({
			locale: languages[0],
			extraHTTPHeaders: { 'Accept-Language': languages[0] },
		});
		const page = await context.newPage();
		await page.goto(baseURL!);
		await expect(page).toHaveURL(new RegExp(`/${expected}/$`));
		await context.close();
	}
});

test('without JavaScript the chooser offers plain links to both languages', async ({
	browser,
	baseURL,
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(baseURL!);
	await expect(page.getByRole('link', { name: '日本語' })).toHaveAttribute('href', /\/ja\/$/);
	await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', /\/en\/$/);
	await context.close();
});

test('an unknown URL shows the bilingual not-found page with search and home links', async ({
	page,
	guards,
}) => {
	guards.allowHttpErrors(/no-such-page/);
	guards.allowHttpErrors(/404 \(Not Found\)/);
	const response = await page.goto('ja/services/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'ページが見つかりません' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
	await expect(page.getByRole('searchbox')).toHaveCount(2);
	await page.getByRole('link', { name: 'Back to the home page' }).click();
	await expect(page).toHaveURL(/\/en\/$/);
});

test('the theme toggle switches to dark mode and remembers it', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('en/services/waf/');
	const toggle = page.getByRole('button', { name: 'Dark mode' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await toggle.click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.goto('ja/');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.getByRole('button', { name: 'ダークモード' })).toHaveAttribute(
		'aria-pressed',
		'true',
	);
	const background = await page.evaluate(
		() => getComputedStyle(document.documentElement).backgroundColor,
	);
	expect(background).toBe('rgb(20, 23, 27)');
});

test('the print stylesheet hides navigation and keeps the content', async ({ page }) => {
	await page.goto('en/services/shield/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.page-sidebar')).toBeHidden();
	await expect(page.locator('.site-header .site-tools')).toBeHidden();
	await expect(page.locator('article h1')).toBeVisible();
});
