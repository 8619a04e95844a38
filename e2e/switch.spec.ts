import { test, expect } from './support/fixtures.ts';

const cases = [
	{ from: 'ja', to: 'en', path: 'services/guardduty/', hash: '#ip-lists', label: 'English' },
	{ from: 'en', to: 'ja', path: 'services/guardduty/', hash: '#ip-lists', label: '日本語' },
	{
		from: 'ja',
		to: 'en',
		path: 'services/security-group/',
		hash: '#default-rules',
		label: 'English',
	},
	{ from: 'en', to: 'ja', path: 'services/waf/', hash: '#rate-based-rules', label: '日本語' },
] as const;

for (const { from, to, path, hash, label } of cases) {
	test(`language switch ${from} → ${to} keeps ${path}${hash}`, async ({ page }) => {
		await page.goto(`${from}/${path}${hash}`);
		await page
			.getByRole('link', { name: label === 'English' ? 'English で読む' : '日本語で読む' })
			.click();
		await expect(page).toHaveURL(new RegExp(`/${to}/${path}${hash}$`));
		await expect(page.locator('html')).toHaveAttribute('lang', to);
		await expect(page.locator(hash)).toBeInViewport();
	});
}

test('language switch keeps the query of a shared search', async ({ page }) => {
	await page.goto('en/search/?q=stateless');
	await page.getByRole('link', { name: '日本語で読む' }).click();
	await expect(page).toHaveURL(/\/ja\/search\/\?q=stateless$/);
	await expect(page.getByRole('searchbox', { name: 'サイト内検索' }).first()).toBeVisible();
});

test('every heading id of a page exists in the other language', async ({ page }) => {
	const ids = async (url: string) => {
		await page.goto(url);
		return page.locator('article :is(h2, h3)[id]').evaluateAll((els) => els.map((e) => e.id));
	};
	for (const slug of ['guardduty', 'network-acl', 'inspector']) {
		expect(await ids(`ja/services/${slug}/`)).toEqual(await ids(`en/services/${slug}/`));
	}
});

for (const [name, viewport] of Object.entries({
	desktop: { width: 1280, height: 800 },
	phone: { width: 390, height: 844 },
})) {
	test(`on a ${name}, switching language mid-section (no #hash) lands on that section`, async ({
		page,
	}) => {
		await page.setViewportSize(viewport);
		await page.goto('en/services/guardduty/');
		// Read a little way into the section, as a reader scrolling would.
		await page.evaluate(() => {
			document.getElementById('organizations')!.scrollIntoView();
			scrollBy(0, 120);
		});
		await expect(page).toHaveURL(/guardduty\/$/);
		// A pointer click where the link is: the header is sticky, nothing scrolls first.
		const link = (await page.getByRole('link', { name: '日本語で読む' }).boundingBox())!;
		await page.mouse.click(link.x + link.width / 2, link.y + link.height / 2);
		await expect(page).toHaveURL(/\/ja\/services\/guardduty\/#organizations$/);
		await expect(page.locator('#organizations')).toBeInViewport();
	});
}

test('at the top of a page the language switch adds no section', async ({ page }) => {
	await page.goto('ja/services/waf/');
	await page.getByRole('link', { name: 'English で読む' }).click();
	await expect(page).toHaveURL(/\/en\/services\/waf\/$/);
});

test('without JavaScript the language switch keeps the path', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${baseURL}ja/compare/network-filtering/`);
	await page.getByRole('link', { name: 'English で読む' }).click();
	await expect(page).toHaveURL(/\/en\/compare\/network-filtering\/$/);
	await context.close();
});

for (const [language, expected] of [
	['en-US', 'en'],
	['ja-JP', 'ja'],
	['de-DE', 'en'],
] as const) {
	test(`a link without a language (/services/<slug>/) opens the ${expected} page for a ${language} browser`, async ({
		browser,
		baseURL,
	}) => {
		const context = await browser.newContext({
			locale: language,
			extraHTTPHeaders: { 'Accept-Language': language },
		});
		const page = await context.newPage();
		await page.goto(`${baseURL}services/guardduty/#ip-lists`);
		await expect(page).toHaveURL(new RegExp(`/${expected}/services/guardduty/#ip-lists$`));
		await expect(page.locator('#ip-lists')).toBeInViewport();
		await context.close();
	});
}

test('without JavaScript a link without a language offers both languages', async ({
	browser,
	baseURL,
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	const response = await page.goto(`${baseURL}services/waf/`);
	expect(response?.status()).toBe(200);
	await expect(page.getByRole('link', { name: 'AWS WAF' })).toHaveCount(2);
	await expect(page.locator('a[hreflang="en"]')).toHaveAttribute('href', /\/en\/services\/waf\/$/);
	await context.close();
});
