import { test, expect } from './support/fixtures.ts';
import { LOCALES, frontmatters, pageCount } from './support/site.ts';
import { TOPICS } from '../src/lib/topics.ts';

const inTopic = (id: string) =>
	frontmatters().filter((p) => TOPICS.find((t) => t.id === id)!.includes(p.data));
const compliancePages = frontmatters().filter((p) => p.data.category === 'compliance');

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
			new RegExp(
				`services/(${frontmatters()
					.filter((p) => p.data.layer === 'governance')
					.map((p) => p.slug)
					.join('|')})/$`,
			),
		);
		await page
			.getByRole('combobox', { name: locale === 'ja' ? 'カテゴリ' : 'Category' })
			.selectOption('compliance');
		await expect(page).toHaveURL(/category=compliance/);
		await expect(rows.locator(':visible')).not.toHaveCount(0);
		await expect(page.locator('table.comparison tbody tr:visible')).toHaveCount(
			compliancePages.length,
		);
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

	test(`${locale}: a filter value the matrix does not offer is dropped, not hidden`, async ({
		page,
	}) => {
		await page.goto(`${locale}/compare/?layer=${encodeURIComponent('<img src=x>')}&sort=title`);
		const rows = page.locator('table.comparison tbody tr');
		await expect(page.locator('table.comparison tbody tr:visible')).toHaveCount(await rows.count());
		await expect(page.getByRole('combobox', { name: columnName[locale] })).toHaveValue('');
	});

	test(`${locale}: topic tables show the generated facts`, async ({ page }) => {
		await page.goto(`${locale}/compare/network-filtering/`);
		const table = page.locator('table.comparison');
		await expect(table.locator('tbody tr')).toHaveCount(inTopic('network-filtering').length);
		await expect(table.locator('a[href$="dns-firewall/"]')).toHaveCount(1);
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

const SCREENS = {
	desktop: { width: 1280, height: 800 },
	phone: { width: 390, height: 844 },
} as const;

for (const [name, viewport] of Object.entries(SCREENS)) {
	test.describe(`tables on a ${name} (${viewport.width}×${viewport.height})`, () => {
		test.use({ viewport });

		test('no Japanese matrix cell is narrower than four characters', async ({ page }) => {
			await page.goto('ja/compare/');
			const narrowest = await page.locator('table.comparison').evaluate((table) => {
				let min = Infinity;
				for (const cell of table.querySelectorAll<HTMLElement>('th, td')) {
					const style = getComputedStyle(cell);
					const content =
						cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
					min = Math.min(min, content / parseFloat(style.fontSize));
				}
				return min;
			});
			expect(narrowest).toBeGreaterThanOrEqual(4);
		});

		for (const path of ['ja/compare/', 'en/compare/network-filtering/', 'ja/services/waf/']) {
			test(`${path}: no table box scrolls vertically inside the page`, async ({ page }) => {
				await page.goto(path);
				const boxes = await page.locator('.table-scroll').evaluateAll((els) =>
					els.map((el) => ({
						inner: el.scrollHeight - el.clientHeight,
						maxHeight: getComputedStyle(el).maxHeight,
					})),
				);
				expect(boxes.length).toBeGreaterThan(0);
				for (const box of boxes) {
					expect(box.maxHeight).toBe('none');
					expect(box.inner).toBeLessThanOrEqual(1);
				}
				// The page, not the box, scrolls down to the last row.
				await page.locator('.table-scroll tbody tr').last().scrollIntoViewIfNeeded();
				await expect(page.locator('.table-scroll tbody tr').last()).toBeInViewport();
			});
		}
	});
}

test('a topic page opens with the key differences and when to use which', async ({ page }) => {
	await page.goto('en/compare/network-filtering/');
	const summary = page.getByRole('region', { name: 'Key differences' });
	const stateful = summary.locator('dd').filter({ hasText: 'Stateless:' });
	await expect(stateful).toContainText('Stateless: Network ACL');
	await expect(stateful).toContainText('Stateful: Security group');
	await expect(summary).toContainText('Start with security groups');
	const summaryBox = (await summary.boundingBox())!;
	const tableBox = (await page.locator('table.comparison').boundingBox())!;
	expect(summaryBox.y).toBeLessThan(tableBox.y);
	await page.goto('ja/compare/network-filtering/');
	await expect(page.getByRole('region', { name: '主な違い' })).toContainText(
		'ステートレス: ネットワーク ACL',
	);
});

test('on a phone a comparison can switch to one card per page', async ({ page }) => {
	await page.setViewportSize(SCREENS.phone);
	await page.goto('ja/compare/network-filtering/');
	const firstRow = page.locator('table.comparison tbody tr').first();
	await expect(page.locator('table.comparison thead')).toBeVisible();
	await page.getByRole('radio', { name: 'カード' }).check();
	await expect(page.locator('table.comparison thead')).toBeHidden();
	const card = (await firstRow.boundingBox())!;
	expect(card.width).toBeGreaterThan(SCREENS.phone.width * 0.85);
	await expect(firstRow.locator('td').first()).toHaveCSS('display', 'grid');
	// Each value is labelled with its column's name.
	const label = await firstRow
		.locator('td')
		.first()
		.evaluate((td) => getComputedStyle(td, '::before').content);
	expect(label).toBe('"適用先"');
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
	expect(overflow).toBeLessThanOrEqual(0);
	await page.getByRole('radio', { name: '表' }).check();
	await expect(page.locator('table.comparison thead')).toBeVisible();
});

test('without JavaScript the matrix shows no filter controls that cannot work', async ({
	browser,
	baseURL,
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${baseURL}ja/compare/`);
	await expect(page.getByRole('button', { name: '絞り込み' })).toHaveCount(0);
	await expect(page.getByRole('group', { name: '絞り込み' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'この表示のリンクをコピー' })).toBeHidden();
	await page.setViewportSize({ width: 390, height: 844 });
	await expect(page.getByRole('radio', { name: 'カード' })).toBeHidden();
	await expect(page.locator('table.comparison tbody tr:visible')).toHaveCount(pageCount());
	await context.close();
});
