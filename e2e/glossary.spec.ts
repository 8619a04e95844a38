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
