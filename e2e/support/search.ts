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

/**
 * In the open search dialog: empties the field, then types `query` as one input event and
 * returns the milliseconds until its first result is on screen (shared with `npm run bench`).
 */
export function timeDialogQuery(page: Page, query: string): Promise<number> {
	return page.evaluate(async (q) => {
		const field = document.querySelector<HTMLInputElement>('#search-dialog-input')!;
		const list = document.querySelector<HTMLElement>('[data-dialog-results]')!;
		field.value = '';
		field.dispatchEvent(new Event('input', { bubbles: true }));
		await new Promise((r) => setTimeout(r, 30));
		const start = performance.now();
		field.value = q;
		field.dispatchEvent(new Event('input', { bubbles: true }));
		const wanted = q.normalize('NFKC').toLowerCase();
		await new Promise<void>((resolve) => {
			const check = () =>
				list.dataset.query === wanted && list.querySelector('.result-title')
					? resolve()
					: requestAnimationFrame(check);
			check();
		});
		return performance.now() - start;
	}, query);
}
