import { test, expect } from './support/fixtures.ts';
import { LOCALES, pageCount } from './support/site.ts';

const columnName = { ja: 'レイヤー', en: 'Layer' } as const;

for (const locale of LOCALES) {
	test(`${locale}: the matrix lists every page, sorts and filters, and keeps the view in the URL`, async ({
		page,
	}) => {
		await page.goto(`${locale}/compare/`);
		const rows = page.locator('table.comparison tbody tr');
		await expect(rows).toHaveCount(pageCount());
		await page.getByRole('button', { name: columnName[locale], exact: true }).click();
		await expect(page).toHaveURL(/\?sort=layer$/);
		await expect(rows.first().locator('th a')).toHaveAttribute('href', /services\/(waf|shield)\/$/);
		await page.getByRole('button', { name: columnName[locale], exact: true }).click();
		await expect(page).toHaveURL(/\?sort=layer&dir=desc$/);
		await expect(rows.first().locator('th a')).toHaveAttribute(
			'href',
			/services\/(artifact|soc-reports|audit-readiness)\/$/,
		);
		await page
			.getByRole('combobox', { name: locale === 'ja' ? 'カテゴリ' : 'Category' })
			.selectOption('compliance');
		await expect(page).toHaveURL(/category=compliance/);
		await expect(rows.locator(':visible')).not.toHaveCount(0);
		await expect(page.locator('table.comparison tbody tr:visible')).toHaveCount(3);
	});

	test(`${locale}: a shared matrix link restores the filtered, sorted view`, async ({ page }) => {
		await page.goto(`${locale}/compare/?layer=edge&sort=title`);
		await expect(page.locator('table.comparison tbody tr:visible')).toHaveCount(2);
		await expect(page.getByRole('combobox', { name: columnName[locale] })).toHaveValue('edge');
		await page.goto(`${locale}/compare/?stateful=stateless`);
		const visible = page.locator('table.comparison tbody tr:visible th a');
		await expect(visible).toHaveCount(1);
		await expect(visible).toHaveAttribute('href', /network-acl\/$/);
	});

	test(`${locale}: topic tables show the generated facts`, async ({ page }) => {
		await page.goto(`${locale}/compare/network-filtering/`);
		const table = page.locator('table.comparison');
		await expect(table.locator('tbody tr')).toHaveCount(4);
		const nacl = table.locator('tbody tr', { has: page.locator('a[href$="network-acl/"]') });
		await expect(nacl).toContainText(
			locale === 'ja' ? 'ルール番号の小さい順' : 'Lowest rule number first',
		);
		await page.goto(`${locale}/compare/ddos-and-edge/`);
		await expect(page.locator('table.comparison tbody tr')).toHaveCount(3);
		await expect(page.locator('table.comparison tbody')).toContainText('Advanced');
	});

	test(`${locale}: the security map links every page and has a text version`, async ({ page }) => {
		await page.goto(`${locale}/compare/map/`);
		const nodes = page.locator('.security-map svg a');
		await expect(nodes).toHaveCount(pageCount());
		await page.locator('.map-text summary').click();
		await expect(page.locator('.map-text a')).toHaveCount(pageCount());
		await nodes.filter({ hasText: 'Macie' }).click();
		await expect(page).toHaveURL(new RegExp(`/${locale}/services/macie/$`));
	});

	test(`${locale}: a service page links to the comparisons that include it`, async ({ page }) => {
		await page.goto(`${locale}/services/security-group/`);
		await page.locator('.page-links a[href$="compare/network-filtering/"]').click();
		await expect(page.locator('table.comparison a[href$="security-group/"]')).toBeVisible();
	});
}

test('without JavaScript the full matrix is there', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${baseURL}en/compare/?layer=edge`);
	await expect(page.locator('table.comparison tbody tr:visible')).toHaveCount(pageCount());
	await context.close();
});

test('on a phone the map is legible and the wide table scrolls inside its box', async ({
	page,
}) => {
	await page.setViewportSize({ width: 375, height: 740 });
	await page.goto('ja/compare/');
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - window.innerWidth,
	);
	expect(overflow).toBeLessThanOrEqual(0);
	const box = page.locator('.table-scroll').first();
	expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
	await page.goto('ja/compare/map/');
	const fontPx = await page
		.locator('.security-map .node text')
		.first()
		.evaluate((el) => el.getBoundingClientRect().height);
	expect(fontPx).toBeGreaterThanOrEqual(11);
});
