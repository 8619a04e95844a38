// The study aids generated from the pages: the misconceptions page, the changes page and its
// Atom feed, and the last-reviewed date on every reference page.
import { test, expect } from './support/fixtures.ts';
import { LOCALES, builtHtml, sitemapPaths } from './support/site.ts';

for (const locale of LOCALES) {
	test(`the ${locale} misconceptions page lists every misconception callout, each linking to its section`, async ({
		page,
	}) => {
		const pages = sitemapPaths().filter((p) => p.startsWith(`${locale}/services/`));
		const onPages = pages.reduce(
			(sum, path) => sum + (builtHtml(path).match(/class="callout misconception/g)?.length ?? 0),
			0,
		);
		expect(onPages).toBeGreaterThan(0);
		await page.goto(`${locale}/misconceptions/`);
		const items = page.locator('.item');
		await expect(items).toHaveCount(onPages);
		const link = items.first().getByRole('link');
		const href = (await link.getAttribute('href'))!;
		await link.click();
		const id = new URL(href, page.url()).hash.slice(1);
		await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
	});

	test(`the ${locale} changes page lists dated changes newest first and links to sections`, async ({
		page,
	}) => {
		await page.goto(`${locale}/changes/`);
		const dates = await page
			.locator('.change-list time')
			.evaluateAll((els) => els.map((el) => el.getAttribute('datetime')!));
		expect(dates.length).toBeGreaterThan(3);
		expect(dates).toEqual(dates.toSorted().reverse());
		await expect(page.locator('.change-list a').first()).toHaveAttribute(
			'href',
			/\/services\/[a-z0-9-]+\/#[a-z0-9-]+$/,
		);
	});

	test(`the ${locale} Atom feed is well-formed Atom with one entry per change`, async ({
		page,
		request,
	}) => {
		const response = await request.get(`${locale}/changes.xml`);
		expect(response.headers()['content-type']).toMatch(/application\/atom\+xml|xml/);
		const xml = await response.text();
		await page.goto(`${locale}/changes/`);
		const rows = await page.locator('.change-list li').count();
		const feed = await page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'application/xml');
			const ns = 'http://www.w3.org/2005/Atom';
			const root = doc.documentElement;
			const one = (parent: Element, name: string) => parent.getElementsByTagNameNS(ns, name);
			const entries = [...one(root, 'entry')];
			return {
				error: doc.getElementsByTagName('parsererror').length > 0,
				root: `${root.namespaceURI} ${root.localName}`,
				hasHead: ['id', 'title', 'updated', 'author'].every((n) => one(root, n).length > 0),
				self: root.querySelector('link[rel="self"]')?.getAttribute('href') ?? '',
				entries: entries.length,
				complete: entries.every(
					(e) =>
						['id', 'title', 'updated', 'link'].every((n) => one(e, n).length === 1) &&
						/^\d{4}-\d{2}-\d{2}T00:00:00Z$/.test(one(e, 'updated')[0]!.textContent ?? '') &&
						/^https?:\/\//.test(one(e, 'link')[0]!.getAttribute('href') ?? ''),
				),
				ids: new Set(entries.map((e) => one(e, 'id')[0]!.textContent)).size,
			};
		}, xml);
		expect(feed.error).toBe(false);
		expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
		expect(feed.hasHead).toBe(true);
		expect(feed.self).toMatch(new RegExp(`/${locale}/changes\\.xml$`));
		expect(feed.entries).toBe(rows);
		expect(feed.complete).toBe(true);
		expect(feed.ids).toBe(rows);
	});

	test(`every ${locale} reference page shows when it was last reviewed`, async () => {
		for (const path of sitemapPaths().filter((p) => p.startsWith(`${locale}/services/`))) {
			expect(builtHtml(path), path).toMatch(
				/class="reviewed"[^>]*>[^<]*<time datetime="\d{4}-\d{2}-\d{2}"/,
			);
		}
	});
}
