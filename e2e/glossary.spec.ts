import { test, expect } from './support/fixtures.ts';
import { LOCALES } from './support/site.ts';
import { searchResults, slugOf } from './support/search.ts';

for (const locale of LOCALES) {
	test(`${locale}: the glossary lists terms in both languages at shareable anchors`, async ({
		page,
	}) => {
		await page.goto(`${locale}/glossary/#stateful`);
		const heading = page.locator('h3#stateful');
		await expect(heading).toBeInViewport();
		await expect(heading).toContainText('ステートフル');
		await expect(heading).toContainText('stateful');
		await expect(page.locator('h3#delegated-administrator')).toContainText('委任管理者');
	});

	test(`${locale}: the first use of a term links to the glossary and shows its definition on hover and focus`, async ({
		page,
	}) => {
		await page.goto(`${locale}/services/network-acl/`);
		const term = page.locator('article .glossary-term', {
			has: page.locator('a[href$="glossary/#stateless"]'),
		});
		await expect(term).toHaveCount(1);
		const tip = term.getByRole('tooltip');
		await expect(tip).toBeHidden();
		await term.locator('a').hover();
		await expect(tip).toBeVisible();
		await page.mouse.move(0, 0);
		await expect(tip).toBeHidden();
		await term.locator('a').focus();
		await expect(tip).toBeVisible();
		await expect(term.locator('a')).toHaveAccessibleDescription(/.+/);
		await page.keyboard.press('Escape');
		await expect(tip).toBeHidden();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/glossary\/#stateless$/);
	});

	test(`${locale}: showing a definition does not move the text`, async ({ page }) => {
		await page.goto(`${locale}/services/network-acl/`);
		const paragraph = page.locator('article .content p').first();
		const before = await paragraph.boundingBox();
		await page.locator('article .glossary-term a').first().hover();
		expect(await paragraph.boundingBox()).toEqual(before);
	});
}

test('on a touch screen, tapping a term opens its glossary entry', async ({ browser, baseURL }) => {
	const context = await browser.newContext({
		hasTouch: true,
		isMobile: true,
		viewport: { width: 375, height: 740 },
	});
	const page = await context.newPage();
	await page.goto(`${baseURL}ja/services/network-acl/`);
	await page.locator('article a[href$="glossary/#stateless"]').tap();
	await expect(page).toHaveURL(/glossary\/#stateless$/);
	await expect(page.locator('h3#stateless')).toBeInViewport();
	await context.close();
});

test('a glossary term typed in English finds Japanese pages that use its Japanese form', async ({
	page,
}) => {
	const results = await searchResults(page, 'ja', 'stateless');
	expect(slugOf(results[0]!)).toBe('network-acl');
});

test('a glossary term typed in Japanese finds English pages', async ({ page }) => {
	const results = await searchResults(page, 'en', '委任管理者');
	expect(results.length).toBeGreaterThan(0);
	expect([
		'guardduty',
		'security-hub',
		'detective',
		'macie',
		'inspector',
		'firewall-manager',
	]).toContain(slugOf(results[0]!));
});

test('the Japanese glossary has an あ–わ index by reading, plus A–Z', async ({ page }) => {
	await page.goto('ja/glossary/');
	const index = page.getByRole('navigation', { name: '索引' });
	await expect(index.locator('li')).toHaveText([
		'あ',
		'か',
		'さ',
		'た',
		'な',
		'は',
		'ま',
		'や',
		'ら',
		'わ',
		'A–Z',
	]);
	await index.getByRole('link', { name: 'か', exact: true }).click();
	await expect(page).toHaveURL(/#index-ka$/);
	const heading = page.getByRole('heading', { level: 2, name: 'か', exact: true });
	await expect(heading).toBeInViewport();
	// 監査 (かんさ) is filed under か, by its reading.
	await expect(page.locator('[data-index-section="ka"] h3#audit')).toHaveCount(1);
});

test('the English glossary has an A–Z index', async ({ page }) => {
	await page.goto('en/glossary/');
	const index = page.getByRole('navigation', { name: 'Index' });
	await expect(index.locator('li')).toHaveCount(26);
	await index.getByRole('link', { name: 'S', exact: true }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'S', exact: true })).toBeInViewport();
	await expect(page.locator('[data-index-section="s"] h3#stateful')).toHaveCount(1);
});

// Hiragana finds katakana, full-width finds ASCII, case does not matter.
for (const [locale, query, count] of [
	['ja', 'すてーとふる', '表示中の用語: 1 件'],
	['en', 'ＳＴＡＴＥＦＵＬ', 'Terms shown: 1'],
] as const) {
	test(`${locale}: the filter box narrows the terms as the reader types`, async ({ page }) => {
		await page.goto(`${locale}/glossary/`);
		const box = page.getByRole('searchbox', {
			name: locale === 'ja' ? '用語を絞り込む' : 'Filter terms',
		});
		await box.fill(query);
		await expect(page.getByRole('status').filter({ hasText: count })).toBeVisible();
		await expect(page.locator('.term:visible h3')).toHaveCount(1);
		await expect(page.locator('h3#stateful')).toBeVisible();
		await expect(page.locator('[data-index-section]:visible')).toHaveCount(1);
		await box.fill('');
		await expect(page.locator('.term:visible')).not.toHaveCount(1);
	});
}

test('without JavaScript the glossary has no filter box but keeps the index', async ({
	browser,
	baseURL,
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${baseURL}ja/glossary/`);
	await expect(page.getByRole('searchbox', { name: '用語を絞り込む' })).toBeHidden();
	await expect(page.getByRole('navigation', { name: '索引' }).getByRole('link')).not.toHaveCount(0);
	await context.close();
});

test('a term spelled the same in both languages is shown once', async ({ page }) => {
	await page.goto('ja/glossary/');
	await expect(page.locator('h3#layer-3')).toHaveText('L3');
	await expect(page.locator('h3#stateful')).toHaveText('ステートフル / stateful');
});
