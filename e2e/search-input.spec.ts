// Odd and hostile search input: the page stays safe and responsive, and says something sensible.
import { test, expect } from './support/fixtures.ts';

async function openSearch(page: import('@playwright/test').Page, locale: string, q: string) {
	// Encoded the way a form submits it (spaces as +): a 2,000-character query fits the server's
	// 2,048-character URL limit only that way.
	await page.goto(`${locale}/search/?${new URLSearchParams({ q })}`);
	await expect(page.locator('[data-status]')).not.toHaveText(/…$/);
}

test('HTML and script in ?q= are shown as text, never run or injected', async ({ page }) => {
	let dialogs = 0;
	page.on('dialog', (d) => {
		dialogs++;
		void d.dismiss();
	});
	const q = '<img src=x onerror=alert(1)><script>alert(2)</script>"><b>WAF</b>';
	await openSearch(page, 'en', q);
	expect(dialogs).toBe(0);
	await expect(page.locator('main img, main script:not([src]), .results b')).toHaveCount(0);
	await expect(page.locator('[data-search-main]')).toHaveValue(q);
	await expect(page.locator('[data-status]')).toContainText(/results|No page matches/);
});

test('markup in a query with no results is echoed as text in the status, never as elements', async ({
	page,
}) => {
	const q = '<zzqqxxvv>';
	await openSearch(page, 'en', q);
	const status = page.locator('[data-status]');
	await expect(status).toContainText(q);
	await expect(status.locator('*')).toHaveCount(0);
});

test('markup and lone letters are not searched: <u>waf</u> finds what waf finds', async ({
	page,
}) => {
	const titles = () =>
		page.locator('.result-title').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
	await openSearch(page, 'en', 'waf');
	const waf = await titles();
	expect(waf.length).toBeGreaterThan(0);
	await openSearch(page, 'en', '<u>waf</u>');
	expect(await titles()).toEqual(waf);
	await openSearch(page, 'en', 'u waf u');
	expect(await titles()).toEqual(waf);
	await openSearch(page, 'en', '<u>');
	await expect(page.locator('.result-title')).toHaveCount(0);
	await expect(page.locator('[data-status]')).toContainText('No page matches');
});

test('a 2,000-character query in the URL or pasted does not freeze the page', async ({ page }) => {
	await openSearch(page, 'en', 'firewall '.repeat(223).slice(0, 2000));
	await expect(page.locator('[data-status]')).toBeVisible();
	await page.locator('[data-search-main]').fill('ファイアウォール '.repeat(250).slice(0, 2000));
	await expect(page.locator('[data-status]')).not.toHaveText(/…$/);
	const responsive = await page.evaluate(
		() => new Promise<boolean>((r) => requestAnimationFrame(() => r(true))),
	);
	expect(responsive).toBe(true);
	await page.locator('[data-search-main]').fill('WAF');
	await expect(page.locator('.result-title').first()).toHaveAttribute('href', /services\/waf\/$/);
});

test('punctuation only shows the no-results state with its suggestions', async ({ page }) => {
	await openSearch(page, 'en', '?!.,;:()[]{}');
	await expect(page.locator('.result-title')).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'Search the Japanese pages' })).toBeVisible();
});

test('emoji show a sensible state', async ({ page }) => {
	await openSearch(page, 'ja', '🔥🛡️');
	await expect(page.locator('.result-title')).toHaveCount(0);
	await expect(page.locator('[data-status]')).toContainText('一致するページはありませんでした');
	await openSearch(page, 'ja', '🛡️ WAF');
	await expect(page.locator('.result-title').first()).toHaveAttribute('href', /services\/waf\/$/);
});

test('full-width and half-width input finds the same pages as normal input', async ({ page }) => {
	for (const [q, slug] of [
		['ＷＡＦ', 'waf'],
		['ｽﾃｰﾄﾌﾙ', 'security-group'],
		['ＧｕａｒｄＤｕｔｙ', 'guardduty'],
		['ＤＤｏＳ', 'shield'],
	] as const) {
		await openSearch(page, 'ja', q);
		await expect(page.locator('.result-title').first(), q).toHaveAttribute(
			'href',
			new RegExp(`services/${slug}/$`),
		);
	}
});

test('results can be filtered by category, shown as badges, and the filter is in the URL', async ({
	page,
}) => {
	await openSearch(page, 'en', 'findings');
	// The announced number of results ("12 results"), not the first batch on screen.
	const total = async () =>
		Number(/\d+/.exec((await page.locator('[data-status]').textContent()) ?? '')?.[0]);
	const all = await total();
	await page.getByRole('radio', { name: 'Compliance' }).check();
	await expect(page).toHaveURL(/category=compliance/);
	await expect(
		page.locator('.results > li').first().locator('.badge', { hasText: 'Compliance' }),
	).toBeVisible();
	expect(await total()).toBeLessThan(all);
	await page.reload();
	await expect(page.getByRole('radio', { name: 'Compliance' })).toBeChecked();
});

test('results can be filtered by layer too, with the layer as a badge and in the URL', async ({
	page,
}) => {
	await openSearch(page, 'ja', 'ファイアウォール');
	await page.getByRole('combobox', { name: 'レイヤーで絞り込む' }).selectOption('edge');
	await expect(page).toHaveURL(/layer=edge/);
	// The unfiltered list stays until the filtered answer replaces it: wait for that answer.
	await expect(page.locator('[data-status]')).not.toHaveText(/…$/);
	const badges = page.locator('.results > li .badge');
	await expect(badges.first()).toBeVisible();
	const titles = await page
		.locator('.result-title')
		.evaluateAll((a) => a.map((x) => x.getAttribute('href')));
	expect(titles.length).toBeGreaterThan(0);
	expect(titles.every((href) => /services\/(waf|shield)\/$/.test(href ?? ''))).toBe(true);
	await expect(page.locator('.results > li').first()).toContainText('エッジ');
});

test('keyboard only on the search page: shortcut, type, Enter, open a result, come back with Back', async ({
	page,
}) => {
	await page.goto('en/search/');
	await page.locator('h1').click();
	await page.keyboard.press('Control+k');
	await page.keyboard.type('Macie');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/search\/\?q=Macie$/);
	const first = page.locator('.result-title').first();
	await expect(first).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/services\/macie\/$/);
	await page.goBack();
	await expect(page).toHaveURL(/search\/\?q=Macie$/);
	await expect(page.locator('[data-search-main]')).toHaveValue('Macie');
	await expect(page.locator('.result-title').first()).toHaveAttribute('href', /services\/macie\/$/);
	await expect(page.locator('.result-title').first()).toBeFocused();
});

test('a section result highlights the matched words on the target page', async ({ page }) => {
	await openSearch(page, 'en', 'ephemeral');
	const link = page.locator('.sections a').first();
	await expect(link).toHaveAttribute('href', /#[a-z-]+:~:text=ephemeral$/);
});
