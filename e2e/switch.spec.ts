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
