import type { AddressInfo } from 'node:net';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './support/fixtures.ts';
import { contentSecurityPolicy } from '../src/lib/security-headers.ts';
import { THEME_SCRIPT } from '../src/lib/theme-script.ts';
import { LOCALES } from './support/site.ts';
import { createSiteServer } from '../scripts/static-server.ts';
import { normalizeBase } from '../src/lib/urls.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** The heading's tools (anchor, copy buttons, status) sit beside it, in its wrapper. */
const headingTools = (page: import('@playwright/test').Page, id: string) =>
	page.locator('.section-heading', { has: page.locator(`[id="${id}"]`) }).locator('copy-link');

for (const locale of LOCALES) {
	test(`${locale}: copy link copies the section URL and says so`, async ({ page, baseURL }) => {
		await page.goto(`${locale}/services/guardduty/`);
		const heading = page.locator('h2#ip-lists');
		const tools = headingTools(page, 'ip-lists');
		await heading.hover();
		await tools
			.getByRole('button', { name: locale === 'ja' ? 'リンクをコピー' : 'Copy link', exact: true })
			.click();
		await expect(tools.getByRole('status')).toHaveText(
			locale === 'ja' ? 'リンクをコピーしました' : 'Link copied',
		);
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(`${baseURL}${locale}/services/guardduty/#ip-lists`);
	});

	test(`${locale}: the second action copies the ja and en URLs of the section`, async ({
		page,
		baseURL,
	}) => {
		await page.goto(`${locale}/services/security-group/`);
		const tools = headingTools(page, 'default-rules');
		await tools
			.getByRole('button', {
				name: locale === 'ja' ? '日本語と英語のリンクをコピー' : 'Copy Japanese and English links',
			})
			.click();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(
			`${baseURL}ja/services/security-group/#default-rules\n${baseURL}en/services/security-group/#default-rules`,
		);
	});

	test(`${locale}: link previews carry the localized title, summary and alternates`, async ({
		page,
		baseURL,
	}) => {
		await page.goto(`${locale}/services/waf/`);
		const meta = (selector: string) => page.locator(selector).getAttribute('content');
		const summary = await page.locator('.summary').first().textContent();
		expect(await meta('meta[property="og:title"]')).toBe('AWS WAF');
		expect(await meta('meta[property="og:description"]')).toBe(summary);
		expect(await meta('meta[name="description"]')).toBe(summary);
		expect(await meta('meta[property="og:type"]')).toBe('article');
		expect(await meta('meta[property="og:locale"]')).toBe(locale === 'ja' ? 'ja_JP' : 'en_US');
		expect(await meta('meta[property="og:locale:alternate"]')).toBe(
			locale === 'ja' ? 'en_US' : 'ja_JP',
		);
		expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
		const image = await meta('meta[property="og:image"]');
		expect((await page.request.get(image!)).headers()['content-type']).toBe('image/png');
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
			'href',
			`${baseURL}${locale}/services/waf/`,
		);
		await expect(page.locator('link[hreflang="ja"]')).toHaveAttribute(
			'href',
			`${baseURL}ja/services/waf/`,
		);
		await expect(page.locator('link[hreflang="en"]')).toHaveAttribute(
			'href',
			`${baseURL}en/services/waf/`,
		);
		await expect(page.locator('link[hreflang="x-default"]')).toHaveAttribute('href', `${baseURL}`);
	});

	test(`${locale}: the AWS documentation link opens safely in the reader's language`, async ({
		page,
	}) => {
		await page.goto(`${locale}/services/guardduty/`);
		const docs = page.getByRole('link', {
			name: locale === 'ja' ? /AWS 公式ドキュメント/ : /AWS documentation/,
		});
		await expect(docs).toHaveAttribute('rel', /noopener/);
		await expect(docs).toHaveAttribute('rel', /noreferrer/);
		await expect(docs).toHaveAttribute(
			'href',
			locale === 'ja' ? /docs\.aws\.amazon\.com\/ja_jp\// : /docs\.aws\.amazon\.com\/(?!ja_jp)/,
		);
	});
}

test('without the Clipboard API the link appears selected in a field', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(navigator, 'clipboard', {
			value: { writeText: () => Promise.reject(new Error('denied')) },
		});
	});
	await page.goto('en/services/waf/');
	const heading = page.locator('.section-heading h2[id]').first();
	const tools = headingTools(page, (await heading.getAttribute('id'))!);
	await heading.hover();
	await tools.getByRole('button', { name: 'Copy link', exact: true }).click();
	const field = tools.getByRole('textbox', { name: 'Select this link and copy it' });
	await expect(field).toBeFocused();
	expect(await field.inputValue()).toMatch(/\/en\/services\/waf\/#/);
});

test("a heading's accessible name is its text: the copy controls sit beside it", async ({
	page,
}) => {
	await page.goto('en/services/guardduty/');
	const heading = page.getByRole('heading', {
		level: 2,
		name: 'IP lists and entity lists',
		exact: true,
	});
	await expect(heading).toHaveCount(1);
	await expect(heading.locator('button, a, [role="status"]')).toHaveCount(0);
	const tools = headingTools(page, 'ip-lists');
	await expect(
		tools.getByRole('link', { name: 'Link to this section' }),
	).toHaveAccessibleDescription('IP lists and entity lists');
	await expect(
		tools.getByRole('button', { name: 'Copy link', exact: true }),
	).toHaveAccessibleDescription('IP lists and entity lists');
});

test("copy link copies the address being read, even on another port than the build's site URL", async ({
	browser,
}) => {
	// The same build served at a second, random port: the copied links must name that port.
	const base = normalizeBase(process.env.BASE_PATH ?? '/');
	const server = createSiteServer({ dir: process.env.DIST_DIR ?? 'dist', base });
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
	try {
		const page = await context.newPage();
		await page.goto(`${origin}${base}en/services/guardduty/`);
		const tools = headingTools(page, 'organizations');
		await page.locator('#organizations').hover();
		await tools.getByRole('button', { name: 'Copy link', exact: true }).click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			`${origin}${base}en/services/guardduty/#organizations`,
		);
		await tools.getByRole('button', { name: 'Copy Japanese and English links' }).click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			`${origin}${base}ja/services/guardduty/#organizations\n${origin}${base}en/services/guardduty/#organizations`,
		);
	} finally {
		await context.close();
		server.close();
	}
});

test('sitemap.xml lists both languages with alternates; robots.txt points to it', async ({
	request,
	baseURL,
}) => {
	const sitemap = await (await request.get('sitemap.xml')).text();
	expect(sitemap).toContain(`<loc>${baseURL}ja/services/guardduty/</loc>`);
	expect(sitemap).toContain(`<loc>${baseURL}en/services/guardduty/</loc>`);
	expect(sitemap).toContain(`hreflang="en" href="${baseURL}en/services/guardduty/"`);
	const robots = await (await request.get('robots.txt')).text();
	expect(robots).toContain(`Sitemap: ${baseURL}sitemap.xml`);
});

test('a shared section link opens at that section', async ({ page }) => {
	await page.goto('ja/services/inspector/#ecr-scanning');
	await expect(page.locator('#ecr-scanning')).toBeInViewport();
});

test('the site is served with a Content-Security-Policy it satisfies', async ({ page }) => {
	const response = await page.goto('ja/search/?q=WAF');
	const csp = response!.headers()['content-security-policy'];
	expect(csp).toContain("script-src 'self'");
	expect(csp).not.toContain('unsafe-inline');
	expect(csp).toContain("frame-ancestors 'none'");
	expect(response!.headers()['x-content-type-options']).toBe('nosniff');
	await expect(page.locator('.result-title').first()).toBeVisible();
});

test('without the CSP header the page still enforces its policy from the meta tag', async ({
	page,
	guards,
}) => {
	guards.allowHttpErrors(/Content Security Policy/);
	// Hosts such as GitHub Pages cannot send headers: drop them and plant an inline script.
	await page.route('**/en/services/waf/', async (route) => {
		const response = await route.fetch();
		const headers = { ...response.headers() };
		delete headers['content-security-policy'];
		const html = (await response.text()).replace(
			'</main>',
			'<script>window.__planted = true</script></main>',
		);
		await route.fulfill({ response, headers, body: html });
	});
	const blocked: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy/.test(m.text())) blocked.push(m.text());
	});
	await page.goto('en/services/waf/');
	expect(await page.evaluate(() => (window as { __planted?: boolean }).__planted)).toBeUndefined();
	expect(blocked.length).toBeGreaterThan(0);
	await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
		'content',
		/script-src 'self' 'wasm-unsafe-eval' 'sha256-/,
	);
});

test('the matrix copies a link to the filtered view being read', async ({ page, baseURL }) => {
	await page.goto('en/compare/');
	await page.getByRole('combobox', { name: 'Layer' }).selectOption('edge');
	await page.getByRole('button', { name: 'Copy link to this view' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe(`${baseURL}en/compare/?layer=edge`);
	await page.goto(copied);
	await expect(page.locator('table.comparison tbody tr:visible')).toHaveCount(2);
});

test('every built page carries the Content-Security-Policy as a meta tag too', () => {
	const dist = process.env.DIST_DIR ?? 'dist';
	const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
		(f) => f.endsWith('.html') && !f.startsWith('pagefind'),
	);
	expect(pages.length).toBeGreaterThan(100);
	const policy = contentSecurityPolicy([THEME_SCRIPT], { forMeta: true });
	const missing = pages.filter(
		(f) =>
			!readFileSync(join(dist, f), 'utf8').includes(
				`<meta http-equiv="Content-Security-Policy" content="${policy}"`,
			),
	);
	expect(missing).toEqual([]);
});
