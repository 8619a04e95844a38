import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './support/fixtures.ts';
import { sitemapPaths } from './support/site.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

for (const path of sitemapPaths()) {
	test(`${path} has no axe violations`, async ({ page }) => {
		// The glossary holds every term: axe needs longer than the default on its large DOM.
		test.setTimeout(90_000);
		await page.goto(path);
		const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
		expect(
			results.violations.map(
				(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
			),
		).toEqual([]);
	});
}

for (const path of ['', 'ja/search/?q=GuardDuty', 'en/search/?q=zzzznothing', '404.html']) {
	test(`/${path} has no axe violations`, async ({ page, guards }) => {
		guards.allowHttpErrors(/404/);
		await page.goto(path);
		if (path.includes('search'))
			await expect(page.locator('[data-status]')).not.toHaveText(/…|\.\.\./);
		const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
		expect(
			results.violations.map(
				(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
			),
		).toEqual([]);
	});
}

for (const scheme of ['dark', 'light'] as const) {
	test(`colours pass contrast checks in ${scheme} mode`, async ({ page }) => {
		test.setTimeout(90_000); // three pages through axe
		await page.emulateMedia({ colorScheme: scheme });
		for (const path of ['ja/services/guardduty/', 'en/compare/', 'en/compare/map/']) {
			await page.goto(path);
			const results = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
			expect(
				results.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' '))),
				path,
			).toEqual([]);
		}
	});
}

test('keyboard: the skip link is first and moves focus to the content', async ({ page }) => {
	await page.goto('en/services/waf/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);
});

test('keyboard: focus is visible on links and buttons', async ({ page }) => {
	await page.goto('en/services/waf/');
	for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
	const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
	expect(outline).not.toBe('none');
});
