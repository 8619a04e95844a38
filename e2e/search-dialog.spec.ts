// Search in place: the header box opens a dialog on the page being read. Nothing search-related
// loads with the page; `/`, Ctrl+K or typing opens it, arrows move through the results, Enter
// opens one, Escape closes it and focus returns. Both languages.
import { test, expect } from './support/fixtures.ts';
import { targetOf } from './support/query-set.ts';
import { timeDialogQuery } from './support/search.ts';

const CASES = [
	{ locale: 'ja', query: 'ステートフル', first: 'security-group', box: 'サイト内検索' },
	{ locale: 'en', query: 'stateless', first: 'network-acl', box: 'Search the site' },
] as const;

for (const { locale, query, first, box } of CASES) {
	test(`${locale}: / opens the search dialog, results arrive as the reader types`, async ({
		page,
	}) => {
		const loaded: string[] = [];
		page.on('request', (r) => {
			const path = new URL(r.url()).pathname;
			// The browser fetches the favicon whenever it likes, sometimes after `networkidle`.
			if (!path.endsWith('/favicon.svg')) loaded.push(path);
		});
		await page.goto(`${locale}/services/guardduty/`);
		await page.waitForLoadState('networkidle');
		// Nothing for search on load: no Pagefind, no search code, no lexicon.
		expect(loaded.filter((p) => /pagefind|search-lazy|search-lexicon/.test(p))).toEqual([]);
		const onLoad = loaded.length;
		await page.keyboard.press('/');
		const dialog = page.getByRole('dialog');
		await expect(dialog).toBeVisible();
		const field = dialog.getByRole('searchbox');
		await expect(field).toBeFocused();
		await page.keyboard.type(query);
		const results = dialog.locator(`[data-dialog-results][data-query="${query.toLowerCase()}"]`);
		await expect(results.locator('.result-title').first()).toBeVisible();
		const hrefs = await results
			.locator('.result-title')
			.evaluateAll((a) => a.map((x) => x.getAttribute('href') ?? ''));
		expect(targetOf(hrefs[0]!)).toBe(first);
		// What the first search fetched: the search code, the lexicon and Pagefind, nothing else.
		expect(
			loaded.slice(onLoad).filter((p) => !/\/pagefind\/|search-lazy|search-lexicon/.test(p)),
		).toEqual([]);
		await page.keyboard.press('Escape');
		await expect(page.getByRole('searchbox', { name: box })).toHaveValue(query);
	});

	test(`${locale}: while Pagefind loads, the page the query names shows at once`, async ({
		page,
	}) => {
		await page.goto(`${locale}/services/waf/`);
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/pagefind/**', async (route) => {
			await held;
			await route.continue();
		});
		await page.keyboard.press('/');
		await page.keyboard.insertText(query);
		const dialog = page.getByRole('dialog');
		const status = dialog.getByRole('status');
		const titles = dialog.locator(
			`[data-dialog-results][data-query="${query.toLowerCase()}"] .result-title`,
		);
		// Nothing from Pagefind has arrived: the named page comes from the lexicon.
		await expect(titles).toHaveCount(1);
		expect(targetOf((await titles.first().getAttribute('href'))!)).toBe(first);
		await expect(status).toHaveText(/…$/);
		// Its summary, with the query's word marked.
		await expect(dialog.locator('.excerpt mark').first()).toHaveText(new RegExp(query, 'i'));
		// A reader already on it stays on it when the full results replace the list.
		await page.keyboard.press('ArrowDown');
		await expect(titles.first()).toBeFocused();
		release();
		await expect(status).not.toHaveText(/…$/);
		await expect(titles.nth(1)).toBeVisible();
		expect(targetOf((await titles.first().getAttribute('href'))!)).toBe(first);
		await expect(titles.first()).toBeFocused();
	});

	test(`${locale}: arrows move through the results, Enter opens one`, async ({ page }) => {
		await page.goto(`${locale}/services/waf/`);
		await page.keyboard.press('Control+k');
		await page.keyboard.type(query);
		const dialog = page.getByRole('dialog');
		const titles = dialog.locator(
			`[data-dialog-results][data-query="${query.toLowerCase()}"] .result-title`,
		);
		await expect(titles.nth(1)).toBeVisible();
		await page.keyboard.press('ArrowDown');
		await expect(titles.nth(0)).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await expect(titles.nth(1)).toBeFocused();
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		await expect(dialog.getByRole('searchbox')).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`/${locale}/services/${first}/$`));
	});
}

test('Escape closes the dialog and focus returns where it was; the box keeps the query', async ({
	page,
}) => {
	await page.goto('en/services/waf/');
	const link = page.locator('main a:visible').first();
	await link.focus();
	await page.keyboard.press('Control+k');
	await page.keyboard.type('shield');
	const dialog = page.getByRole('dialog');
	await expect(dialog.locator('.result-title').first()).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(link).toBeFocused();
	await expect(page.locator('[data-search-shortcut]')).toHaveValue('shield');
});

test('typing in the header box opens the dialog with what was typed', async ({ page }) => {
	await page.goto('ja/services/waf/');
	const header = page.locator('[data-search-shortcut]');
	await header.click();
	await page.keyboard.type('NACL SG 違い');
	const dialog = page.getByRole('dialog');
	await expect(dialog.getByRole('searchbox')).toHaveValue('NACL SG 違い');
	await expect(dialog.getByRole('searchbox')).toBeFocused();
	const first = dialog
		.locator('[data-dialog-results][data-query="nacl sg 違い"] .result-title')
		.first();
	await expect(first).toHaveAttribute('href', /\/ja\/compare\/network-filtering\/$/);
	await page.keyboard.press('Escape');
	await expect(header).toBeFocused();
});

test('a keystroke brings the first result in under 100 ms once search has loaded', async ({
	page,
}) => {
	await page.goto('en/services/waf/');
	await page.keyboard.press('/');
	await page.keyboard.type('firewall');
	const dialog = page.getByRole('dialog');
	await expect(
		dialog.locator('[data-dialog-results][data-query="firewall"] .result-title').first(),
	).toBeVisible();
	const times: number[] = [];
	for (const query of ['guardduty', 'stateless', 'kms', 'waf', 'macie']) {
		// The first time each query loads its index chunk and fragments; time the second.
		for (const attempt of [0, 1]) {
			const elapsed = await timeDialogQuery(page, query);
			if (attempt === 1) times.push(elapsed);
		}
	}
	times.sort((a, b) => a - b);
	expect(times[Math.floor(times.length / 2)]).toBeLessThan(100);
});

test('the dialog has no axe violations', async ({ page }) => {
	const { default: AxeBuilder } = await import('@axe-core/playwright');
	await page.goto('ja/services/waf/');
	await page.keyboard.press('/');
	await page.keyboard.type('WAF');
	await expect(page.getByRole('dialog').locator('.result-title').first()).toBeVisible();
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	expect(results.violations.map((v) => v.id)).toEqual([]);
});

test("the dialog's Search button takes the query to the search page", async ({ page }) => {
	await page.goto('en/services/waf/');
	await page.keyboard.press('/');
	await page.keyboard.type('rate limit');
	const dialog = page.getByRole('dialog');
	await dialog.getByRole('button', { name: 'Search', exact: true }).click();
	await expect(page).toHaveURL(/\/en\/search\/\?q=rate\+limit$/);
	await expect(page.locator('[data-search-main]')).toHaveValue('rate limit');
});
