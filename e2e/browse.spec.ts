import type { Request } from '@playwright/test';
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

test('every kind of page loads the site script and at most its own feature script, no chunks', async ({
	page,
	guards,
}) => {
	guards.allowHttpErrors(/does-not-exist/);
	guards.allowHttpErrors(/404 \(Not Found\)/);
	// Files per page: the site script, plus the matrix's or the glossary filter's own.
	for (const [path, files] of [
		['ja/services/guardduty/', 1],
		['en/', 1],
		['does-not-exist/', 1],
		['en/glossary/', 2],
		['ja/compare/', 2],
	] as const) {
		const scripts: string[] = [];
		const listen = (r: Request) => {
			if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
		};
		page.on('request', listen);
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		page.off('request', listen);
		expect(
			scripts.filter((s) => s.includes('SiteScript')),
			path,
		).toHaveLength(1);
		expect(scripts, path).toHaveLength(files);
	}
});

test('the language chooser at / sends Japanese browsers to Japanese and every other to English', async ({
	browser,
	baseURL,
}) => {
	for (const [languages, expected] of [
		[['en-US'], 'en'],
		[['ja-JP'], 'ja'],
		[['fr-FR'], 'en'],
		[['de-DE'], 'en'],
		[['zh-CN'], 'en'],
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

test('the not-found page has the site header and puts the language of the requested path first', async ({
	page,
	guards,
}) => {
	guards.allowHttpErrors(/no-such-page/);
	guards.allowHttpErrors(/404 \(Not Found\)/);
	const response = await page.goto('en/services/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText('Page not found');
	const header = page.getByRole('banner');
	await expect(header).toHaveCount(1);
	await expect(header.getByRole('link', { name: 'Compare' })).toBeVisible();
	await expect(header.getByRole('link', { name: '日本語で読む' })).toBeVisible();
	await page.goto('ja/no-such-page/');
	await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText(
		'ページが見つかりません',
	);
	await expect(page.getByRole('banner').getByRole('link', { name: '比較' })).toBeVisible();
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

const SCREENS = {
	desktop: { width: 1280, height: 800 },
	phone: { width: 390, height: 844 },
} as const;

for (const [name, viewport] of Object.entries(SCREENS)) {
	test.describe(`reading a reference page on a ${name} (${viewport.width}×${viewport.height})`, () => {
		test.use({ viewport });

		for (const locale of LOCALES) {
			test(`${locale}: the facts box starts in the first screen`, async ({ page }) => {
				await page.goto(`${locale}/services/guardduty/`);
				const facts = page.getByRole('region', {
					name: locale === 'ja' ? '概要データ' : 'At a glance',
				});
				const box = (await facts.boundingBox())!;
				expect(box.y).toBeLessThan(viewport.height);
				const lead = (await page.locator('.page-head .summary').boundingBox())!;
				if (name === 'desktop')
					expect(box.x).toBeGreaterThan(lead.x + lead.width); // beside
				else expect(box.y).toBeGreaterThan(lead.y + lead.height); // right under
			});
		}

		for (const locale of LOCALES) {
			test(`${locale}: no two header controls overlap`, async ({ page }) => {
				await page.goto(`${locale}/services/waf/`);
				const controls = page.locator(
					'.site-header :is(a, button, input):visible, .site-header .shortcut-hint:visible',
				);
				const boxes = await Promise.all(
					(await controls.all()).map(async (c) => ({
						name: await c.evaluate((e) => e.outerHTML.slice(0, 60)),
						box: (await c.boundingBox())!,
					})),
				);
				const hint = boxes.filter((b) => b.name.startsWith('<kbd'));
				for (const [i, a] of boxes.entries())
					for (const b of boxes.slice(i + 1)) {
						// The shortcut hint sits inside the search field on purpose.
						if (hint.includes(a) || hint.includes(b)) continue;
						const apart =
							a.box.x + a.box.width <= b.box.x + 0.5 ||
							b.box.x + b.box.width <= a.box.x + 0.5 ||
							a.box.y + a.box.height <= b.box.y + 0.5 ||
							b.box.y + b.box.height <= a.box.y + 0.5;
						expect(apart, `${a.name} overlaps ${b.name}`).toBe(true);
					}
			});
		}

		test('a table that fits keeps its header row in view while its rows scroll by', async ({
			page,
		}) => {
			await page.goto('en/services/guardduty/');
			const table = page
				.locator('.table-scroll[data-fits]')
				.filter({ has: page.locator('thead') })
				.first();
			await expect(table).toBeVisible();
			const start = (await table.boundingBox())!; // at the top of the page: page coordinates
			await page.evaluate((y) => scrollTo(0, y), start.y + start.height / 2);
			const header = (await page.locator('.site-header').boundingBox())!;
			const th = (await table.locator('thead th').first().boundingBox())!;
			expect(Math.abs(th.y - (header.y + header.height))).toBeLessThan(2);
			expect(await table.evaluate((b) => getComputedStyle(b).overflowX)).toBe('visible');
		});

		test('the header stays on screen after scrolling', async ({ page }) => {
			await page.goto('ja/services/waf/');
			await page.mouse.wheel(0, 3000);
			await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(2000);
			const header = (await page.locator('.site-header').boundingBox())!;
			expect(header.y).toBe(0);
			await expect(page.getByRole('searchbox', { name: 'サイト内検索' })).toBeInViewport();
			await expect(page.getByRole('link', { name: 'English で読む' })).toBeInViewport();
		});

		test('a section reached from the table of contents is not hidden under the header', async ({
			page,
		}) => {
			await page.goto('en/services/guardduty/#organizations');
			const header = (await page.locator('.site-header').boundingBox())!;
			const heading = (await page.locator('#organizations').boundingBox())!;
			expect(heading.y).toBeGreaterThanOrEqual(header.y + header.height);
			expect(heading.y).toBeLessThan(viewport.height / 3);
		});
	});
}

test('between phone and desktop widths the header keeps one row, so anchors land below it', async ({
	page,
}) => {
	for (const width of [780, 900]) {
		await page.setViewportSize({ width, height: 900 });
		for (const locale of LOCALES) {
			await page.goto(`${locale}/services/guardduty/#organizations`);
			const header = (await page.locator('.site-header').boundingBox())!;
			const heading = (await page.locator('#organizations').boundingBox())!;
			expect(header.height, `${locale} at ${width} px`).toBeLessThan(60);
			expect(heading.y).toBeGreaterThanOrEqual(header.y + header.height);
		}
	}
});

test('up to 768 px the search box starts the second header row, in both languages', async ({
	page,
}) => {
	for (const width of [600, 740, 768]) {
		await page.setViewportSize({ width, height: 900 });
		for (const locale of LOCALES) {
			await page.goto(`${locale}/services/guardduty/#organizations`);
			const name = (await page.locator('.site-name').boundingBox())!;
			const search = (await page.locator('.site-search').boundingBox())!;
			expect(search.y, `${locale} at ${width} px`).toBeGreaterThan(name.y + name.height);
			expect(search.x, `${locale} at ${width} px`).toBeLessThan(name.x + 1);
			const header = (await page.locator('.site-header').boundingBox())!;
			const heading = (await page.locator('#organizations').boundingBox())!;
			expect(heading.y).toBeGreaterThanOrEqual(header.y + header.height);
		}
	}
});

test.describe('on a phone (390×844)', () => {
	test.use({ viewport: SCREENS.phone });

	test('the search field shows no keyboard shortcut on a touch screen', async ({
		browser,
		baseURL,
	}) => {
		for (const hasTouch of [false, true]) {
			const context = await browser.newContext({
				viewport: SCREENS.phone,
				hasTouch,
				isMobile: hasTouch,
			});
			const page = await context.newPage();
			await page.goto(`${baseURL}en/services/waf/`);
			const hint = page.locator('.site-header .shortcut-hint');
			if (hasTouch) await expect(hint).toBeHidden();
			else {
				await expect(hint).toBeVisible();
				await page.getByRole('searchbox', { name: 'Search the site' }).focus();
				await expect(hint).toBeHidden();
			}
			await context.close();
		}
	});

	test('"On this page" is a disclosure at the top of the article, within two screens', async ({
		page,
	}) => {
		await page.goto('ja/services/guardduty/');
		const summary = page.locator('.toc-disclosure summary');
		await expect(summary).toHaveText('このページの内容');
		expect((await summary.boundingBox())!.y).toBeLessThan(2 * SCREENS.phone.height);
		await expect(page.locator('.toc-rail')).toBeHidden();
		await summary.click();
		const toc = page.getByRole('navigation', { name: 'このページの内容' });
		await toc.getByRole('link').nth(2).click();
		await expect(page).toHaveURL(/#[a-z-]+$/);
	});

	test('the page list is a drawer that the menu button opens, even without JavaScript', async ({
		browser,
		baseURL,
	}) => {
		for (const javaScriptEnabled of [true, false]) {
			const context = await browser.newContext({ viewport: SCREENS.phone, javaScriptEnabled });
			const page = await context.newPage();
			await page.goto(`${baseURL}en/services/shield/`);
			const drawer = page.getByRole('navigation', { name: 'All pages' });
			await expect(drawer).toBeHidden();
			await page.getByRole('button', { name: 'Open the page list' }).click();
			await expect(drawer).toBeVisible();
			await expect(drawer.locator('[aria-current="page"]')).toHaveText('AWS Shield');
			await drawer.locator('summary', { hasText: 'Data protection' }).click();
			await drawer.getByRole('link', { name: 'AWS Key Management Service' }).click();
			await expect(page).toHaveURL(/\/en\/services\/kms\/$/);
			await context.close();
		}
	});
});

test('the sidebar lists every category as a collapsible group, the current one open', async ({
	page,
}) => {
	await page.goto('ja/services/macie/');
	const sidebar = page.getByRole('navigation', { name: 'ページ一覧' });
	const groups = sidebar.locator('details');
	await expect(groups).toHaveCount(6);
	await expect(sidebar.locator('details[open]')).toHaveCount(1);
	await expect(sidebar.locator('details[open] [aria-current="page"]')).toHaveAttribute(
		'href',
		/services\/macie\/$/,
	);
	await sidebar.locator('summary', { hasText: 'コンプライアンス' }).click();
	await expect(sidebar.getByRole('link', { name: 'AWS Artifact' })).toBeVisible();
});

test('the table of contents highlights the section being read', async ({ page }) => {
	await page.setViewportSize(SCREENS.desktop);
	await page.goto('en/services/guardduty/');
	const toc = page.getByRole('navigation', { name: 'On this page' });
	await expect(toc.locator('[aria-current="true"]')).toHaveCount(0);
	await page.locator('#organizations').scrollIntoViewIfNeeded();
	await page.evaluate(() => document.getElementById('organizations')!.scrollIntoView());
	await expect(toc.locator('[aria-current="true"]')).toHaveAttribute('href', '#organizations');
	await page.evaluate(() => document.getElementById('ip-lists')!.scrollIntoView());
	await expect(toc.locator('[aria-current="true"]')).toHaveAttribute('href', '#ip-lists');
});

test('Japanese body text keeps a measure of about 40 characters', async ({ page }) => {
	await page.setViewportSize(SCREENS.desktop);
	await page.goto('ja/services/security-group/');
	const perLine = await page
		.locator('.content > p')
		.first()
		.evaluate((p) => p.clientWidth / parseFloat(getComputedStyle(p).fontSize));
	expect(perLine).toBeGreaterThan(36);
	expect(perLine).toBeLessThanOrEqual(41);
});

test('without JavaScript the search page says that search needs it; with it, no such notice', async ({
	browser,
	baseURL,
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${baseURL}ja/search/?q=WAF`);
	await expect(page.getByText('検索には JavaScript が必要です')).toBeVisible();
	await expect(page.getByText('キーワードを入力してください')).toBeHidden();
	await context.close();
	const withJs = await browser.newPage();
	await withJs.goto(`${baseURL}en/search/?q=WAF`);
	await expect(withJs.locator('.result-title').first()).toBeVisible();
	await expect(withJs.getByText('Search needs JavaScript')).toBeHidden();
	await withJs.close();
});

test('a reference page prints cleanly: the article only, tables whole, external addresses shown', async ({
	page,
}) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('en/services/waf/');
	await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
	for (const hidden of [
		page.locator('.site-header'),
		page.locator('.page-sidebar'),
		page.locator('page-toc'),
		page.locator('.heading-tools'),
		page.locator('.prev-next'),
		page.locator('.site-footer'),
	]) {
		for (const element of await hidden.all()) await expect(element).toBeHidden();
	}
	await expect(page.getByRole('region', { name: 'At a glance' })).toBeVisible();
	// No table is cut off in a scroll box: each fits the page width.
	const clipped = await page
		.locator('.table-scroll')
		.evaluateAll((boxes) => boxes.filter((b) => b.scrollWidth > b.clientWidth + 1).length);
	expect(clipped).toBe(0);
	const docs = page.locator('.page-links a[href^="https://docs.aws.amazon.com"]');
	const after = await docs.evaluate((a) => getComputedStyle(a, '::after').content);
	expect(after).toContain('https://docs.aws.amazon.com/');
	// Light colours on paper, whatever the theme on screen.
	expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(26, 29, 33)');
});
