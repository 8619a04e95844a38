// Runs a search through the search page and reads the result links in order.
import { expect, type Page } from '@playwright/test';

/** Opens the search page with `query` in the URL and returns result paths, best first. */
export async function searchResults(page: Page, locale: string, query: string): Promise<string[]> {
	await page.goto(`${locale}/search/?q=${encodeURIComponent(query)}`);
	const status = page.locator('[data-status]');
	await expect(status).not.toHaveText(/…$/);
	return page
		.locator('.result-title')
		.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** The slug of a reference page path. */
export function slugOf(path: string): string {
	return /services\/([^/]+)\//.exec(path)?.[1] ?? path;
}
