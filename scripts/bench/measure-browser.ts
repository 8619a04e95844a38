/**
 * Browser measurements on a served build: what a page costs to load (HTML, CSS, JS, requests)
 * and how fast search answers. Sizes are raw and gzip (what a compressing host sends; already
 * compressed files count at their size).
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';

export interface Transfer {
	url: string;
	type: 'html' | 'css' | 'js' | 'other';
	raw: number;
	gzip: number;
}

export interface PageWeight {
	requests: number;
	scripts: number;
	pagefindRequests: number;
	bytes: Record<'html' | 'css' | 'js', { raw: number; gzip: number }>;
	largestScriptGzip: number;
}

export interface SearchFigures {
	medianMs: number;
	p95Ms: number;
	firstSearchBytes: number;
	/** Pagefind's runtime (script, WebAssembly, metadata), fetched when the search page opens. */
	runtimeBytes: number;
	queries: number;
}

function classify(url: string, contentType: string): Transfer['type'] {
	if (contentType.includes('text/html')) return 'html';
	if (contentType.includes('text/css')) return 'css';
	if (contentType.includes('javascript')) return 'js';
	return 'other';
}

/** Gzip bytes of the Pagefind files among `transfers`. */
function pagefindBytes(transfers: readonly Transfer[]): number {
	return transfers.filter((t) => t.url.includes('/pagefind/')).reduce((n, t) => n + t.gzip, 0);
}

/** Records every response of `page` while `action` runs. */
async function recordTransfers(page: Page, action: () => Promise<void>): Promise<Transfer[]> {
	const pending: Promise<Transfer | undefined>[] = [];
	const listener = (response: import('@playwright/test').Response) => {
		pending.push(
			response
				.body()
				.then((body) => ({
					url: response.url(),
					type: classify(response.url(), response.headers()['content-type'] ?? ''),
					raw: body.length,
					gzip: Math.min(body.length, gzipSync(body, { level: 9 }).length),
				}))
				.catch(() => undefined),
		);
	};
	page.on('response', listener);
	await action();
	page.off('response', listener);
	return (await Promise.all(pending)).filter((t): t is Transfer => t !== undefined);
}

/** Loads `url` in a fresh context and sums what it transferred by type. */
export async function measurePage(browser: Browser, url: string): Promise<PageWeight> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const transfers = await recordTransfers(page, async () => {
		await page.goto(url, { waitUntil: 'networkidle' });
	});
	await context.close();
	const sum = (type: 'html' | 'css' | 'js') => ({
		raw: transfers.filter((t) => t.type === type).reduce((n, t) => n + t.raw, 0),
		gzip: transfers.filter((t) => t.type === type).reduce((n, t) => n + t.gzip, 0),
	});
	const scripts = transfers.filter((t) => t.type === 'js');
	return {
		requests: transfers.length,
		scripts: scripts.length,
		pagefindRequests: transfers.filter((t) => t.url.includes('/pagefind/')).length,
		bytes: { html: sum('html'), css: sum('css'), js: sum('js') },
		largestScriptGzip: Math.max(0, ...scripts.map((s) => s.gzip)),
	};
}

/**
 * Types each query into the search page and times keystroke → first rendered result, after a
 * warm-up query has loaded that query's index chunks. Also records the bytes of Pagefind's
 * runtime (loaded when the search page opens) and of the very first query.
 */
export async function measureSearch(
	browser: Browser,
	searchUrl: string,
	queries: readonly string[],
): Promise<SearchFigures> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const opening = await recordTransfers(page, async () => {
		await page.goto(searchUrl, { waitUntil: 'networkidle' });
	});
	const input = page.locator('[data-search-main]');
	const first = await recordTransfers(page, async () => {
		await input.fill(queries[0]!);
		await page.locator('.result-title').first().waitFor();
		await page.waitForLoadState('networkidle');
	});
	const times: number[] = [];
	for (const query of [...queries, ...queries]) {
		await input.fill('');
		await page.locator('.result-title').first().waitFor({ state: 'detached' });
		// Warm this query's index chunk once, then time a fresh keystroke.
		await input.fill(query);
		await page.locator('.result-title').first().waitFor();
		await input.fill('');
		await page.locator('.result-title').first().waitFor({ state: 'detached' });
		const elapsed = await page.evaluate(async (q) => {
			const field = document.querySelector<HTMLInputElement>('[data-search-main]')!;
			const list = document.querySelector('[data-results]')!;
			const start = performance.now();
			const done = new Promise<number>((resolve) => {
				const observer = new MutationObserver(() => {
					if (list.querySelector('.result-title')) {
						observer.disconnect();
						resolve(performance.now() - start);
					}
				});
				observer.observe(list, { childList: true, subtree: true });
			});
			field.value = q;
			field.dispatchEvent(new Event('input', { bubbles: true }));
			return done;
		}, query);
		times.push(elapsed);
	}
	await context.close();
	times.sort((a, b) => a - b);
	return {
		medianMs: times[Math.floor(times.length / 2)]!,
		p95Ms: times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)]!,
		firstSearchBytes: pagefindBytes(first),
		runtimeBytes: pagefindBytes(opening),
		queries: times.length,
	};
}
