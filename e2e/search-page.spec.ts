// The search page as a place to work: focus follows the search and comes back after Back, the
// results arrive without moving the page, Pagefind stays off the main thread, the search can be
// shared as a link, and without JavaScript the page says what it needs.
import { test, expect } from './support/fixtures.ts';

test('after a submitted search, focus moves to the first result', async ({ page }) => {
	await page.goto('en/search/');
	const box = page.locator('[data-search-main]');
	await box.fill('GuardDuty');
	await expect(box).toBeFocused();
	await box.press('Enter');
	await expect(page.locator('.result-title').first()).toBeFocused();
	await expect(page.locator('.result-title').first()).toHaveAttribute('href', /guardduty\/$/);
});

test('arriving from the search dialog\'s "all results" link, focus is on the results', async ({
	page,
}) => {
	await page.goto('ja/services/waf/');
	await page.keyboard.press('/');
	await page.keyboard.type('メイシー');
	const dialog = page.getByRole('dialog');
	await expect(dialog.locator('.result-title').first()).toBeVisible();
	await dialog.getByRole('link', { name: '検索ページですべての結果を見る' }).click();
	await expect(page).toHaveURL(/\/ja\/search\/\?q=/);
	await expect(page.locator('.result-title').first()).toBeFocused();
});

test('after Back from an opened result, focus returns to that result', async ({ page }) => {
	await page.goto('en/search/?q=firewall');
	const third = page.locator('.result-title').nth(2);
	await expect(third).toBeVisible();
	const href = await third.getAttribute('href');
	await third.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${href}$`));
	await page.goBack();
	await expect(page.locator(`.result-title[href="${href}"]`)).toBeFocused();
});

for (const [name, path] of [
	['arriving with a query', 'ja/search/?q=ファイアウォール'],
	['arriving with a comparison', 'en/search/?q=NACL%20vs%20SG'],
] as const) {
	test(`results arrive without layout shift (${name})`, async ({ page }) => {
		await page.addInitScript(() => {
			const shifts: number[] = [];
			(globalThis as unknown as { shifts: number[] }).shifts = shifts;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as (PerformanceEntry & {
					value: number;
					hadRecentInput: boolean;
				})[]) {
					if (!entry.hadRecentInput) shifts.push(entry.value);
				}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await page.goto(path);
		await expect(page.locator('.result-title').first()).toBeVisible();
		await page.waitForLoadState('networkidle');
		await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
		const cls = await page.evaluate(() =>
			(globalThis as unknown as { shifts: number[] }).shifts.reduce((a, b) => a + b, 0),
		);
		expect(cls).toBeLessThan(0.05);
	});
}

test('typing shows results without shifting the page under the reader', async ({ page }) => {
	await page.goto('en/search/');
	await page.evaluate(() => {
		const shifts: number[] = [];
		(globalThis as unknown as { shifts: number[] }).shifts = shifts;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
				shifts.push(entry.value);
		}).observe({ type: 'layout-shift' });
	});
	await page.locator('[data-search-main]').pressSequentially('firewall', { delay: 30 });
	await expect(
		page.locator('[data-results][data-query="firewall"] .result-title').first(),
	).toBeVisible();
	await page.evaluate(() => new Promise((r) => setTimeout(r, 600)));
	// Every shift here follows a keystroke; what counts is that the form itself never moves.
	const box = await page.locator('[data-search-main]').boundingBox();
	await page.locator('[data-search-main]').fill('zzqqxxvv');
	await expect(page.locator('[data-status]')).toContainText('No page matches');
	expect(await page.locator('[data-search-main]').boundingBox()).toEqual(box);
});

test('Pagefind runs in a worker and a search blocks the main thread under 100 ms', async ({
	page,
}) => {
	const worker = page.waitForEvent('worker');
	await page.goto('ja/search/');
	expect((await worker).url()).toMatch(/pagefind-worker\.js$/);
	await page.locator('[data-search-main]').fill('ファイアウォール');
	await expect(page.locator('.result-title').first()).toBeVisible();
	const longest = await page.evaluate(async () => {
		const tasks: number[] = [];
		const observer = new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) tasks.push(entry.duration);
		});
		observer.observe({ type: 'longtask' });
		const field = document.querySelector<HTMLInputElement>('[data-search-main]')!;
		const list = document.querySelector<HTMLElement>('[data-results]')!;
		field.value = 'ステートフル';
		field.dispatchEvent(new Event('input', { bubbles: true }));
		await new Promise<void>((resolve) => {
			const check = () =>
				list.dataset.query === 'ステートフル' ? resolve() : requestAnimationFrame(check);
			check();
		});
		await new Promise((r) => setTimeout(r, 50));
		observer.disconnect();
		return Math.max(0, ...tasks);
	});
	expect(longest).toBeLessThan(100);
});

test('"copy link to this search" copies the address with the query and the filters', async ({
	page,
	context,
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('en/search/');
	await page.locator('[data-search-main]').fill('findings');
	await page.getByRole('radio', { name: 'Detection and response' }).check();
	await page.getByRole('button', { name: 'Copy link to this search' }).click();
	await expect(page.locator('[data-copy-status]')).toHaveText('Link to this search copied');
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	const url = new URL(copied);
	expect(url.pathname).toMatch(/\/en\/search\/$/);
	expect(url.searchParams.get('q')).toBe('findings');
	expect(url.searchParams.get('category')).toBe('detection-response');
	expect(copied).toBe(page.url());
});

test('without JavaScript the search page says search needs it', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${test.info().project.use.baseURL}ja/search/?q=WAF`);
	await expect(page.getByRole('status').first()).toHaveText('検索には JavaScript が必要です。');
	await expect(page.locator('[data-search-main]')).toBeVisible();
	await expect(page.getByRole('button', { name: 'この検索のリンクをコピー' })).toBeHidden();
	await context.close();
});

test('while an IME composes, search waits for the converted text', async ({ page }) => {
	await page.goto('ja/search/');
	await page.locator('[data-search-main]').fill('WAF');
	await expect(page.locator('[data-results][data-query="waf"]')).toBeAttached();
	await page.evaluate(() => {
		const field = document.querySelector<HTMLInputElement>('[data-search-main]')!;
		field.dispatchEvent(new CompositionEvent('compositionstart'));
		field.value = 'すてーとふる';
		field.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true }));
	});
	await page.waitForTimeout(300);
	await expect(page.locator('[data-results]')).toHaveAttribute('data-query', 'waf');
	await page.evaluate(() => {
		const field = document.querySelector<HTMLInputElement>('[data-search-main]')!;
		field.value = 'ステートフル';
		field.dispatchEvent(new CompositionEvent('compositionend', { data: 'ステートフル' }));
	});
	await expect(page.locator('[data-results]')).toHaveAttribute('data-query', 'ステートフル');
});

test('one kana or letter is not searched (it would match every page)', async ({ page }) => {
	await page.goto('ja/search/');
	const fragments: string[] = [];
	page.on('request', (r) => {
		if (r.url().includes('/fragment/')) fragments.push(r.url());
	});
	await page.locator('[data-search-main]').fill('ス');
	await expect(page.locator('[data-status]')).toContainText('キーワードを入力してください');
	await expect(page.locator('.result-title')).toHaveCount(0);
	await page.waitForTimeout(300);
	expect(fragments).toEqual([]);
	await page.locator('[data-search-main]').fill('鍵');
	await expect(page.locator('.result-title').first()).toBeVisible();
	expect(fragments.length).toBeGreaterThan(0);
});

test('a shared search link shows the page its query names while Pagefind loads', async ({
	page,
}) => {
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/pagefind/**', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('ja/search/?q=GuardDuty');
	const list = page.locator('[data-results]');
	const titles = list.locator('.result-title');
	await expect(titles).toHaveCount(1);
	await expect(titles.first()).toHaveAttribute('href', /\/ja\/services\/guardduty\/$/);
	// Still searching: the list does not yet claim to be the answer to the query.
	await expect(page.locator('[data-status]')).toHaveText(/…$/);
	await expect(list).not.toHaveAttribute('data-query', 'guardduty');
	release();
	await expect(list).toHaveAttribute('data-query', 'guardduty');
	await expect(titles.nth(1)).toBeVisible();
	await expect(titles.first()).toHaveAttribute('href', /\/ja\/services\/guardduty\/$/);
	await expect(titles.first()).toBeFocused();
});
