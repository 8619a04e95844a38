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
	/** First query of a fresh page load (new context, empty cache): keystroke → first result. */
	cold: number[];
	/** A query whose index chunk is already loaded: keystroke → first result. */
	warm: number[];
	firstSearchBytes: number;
	/** Pagefind's runtime (script, WebAssembly, metadata), fetched when the search page opens. */
	runtimeBytes: number;
}

export interface MatrixFigures {
	rows: number;
	/** The matrix element's upgrade (constructor + connectedCallback): the script's own work. */
	scriptMs: number;
	/** From the upgrade's start to the next frame: script, then style and layout of its changes. */
	renderMs: number;
	/** The longest animation frame while the page loaded (Long Animation Frames API), if any. */
	longestFrameMs: number;
	/** A click on a sort button until the next frame. */
	sortMs: number;
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

/** Gzip and raw bytes of one document (HTML only), as a compressing host would send it. */
export async function measureDocument(
	browser: Browser,
	url: string,
): Promise<{ raw: number; gzip: number }> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const response = await page.goto(url, { waitUntil: 'domcontentloaded' });
	const body = await response!.body();
	await context.close();
	return { raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
}

/** Types `query` into the search field and resolves with the ms until the first result shows. */
function timeQuery(page: Page, query: string): Promise<number> {
	return page.evaluate(async (q) => {
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
}

/**
 * Search latency, cold and warm. Cold: each query is the first one typed on a freshly loaded
 * search page in a new browser context (empty cache), as soon as the page has loaded, so it
 * pays for Pagefind's start-up and the query's index chunks. Warm: on one page, each query's
 * chunk is loaded once, then a fresh keystroke is timed. Also records the bytes of Pagefind's
 * runtime (loaded when the search page opens) and of the very first query.
 */
export async function measureSearch(
	browser: Browser,
	searchUrl: string,
	queries: readonly string[],
): Promise<SearchFigures> {
	const cold: number[] = [];
	for (const query of queries) {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(searchUrl, { waitUntil: 'load' });
		cold.push(await timeQuery(page, query));
		await context.close();
	}
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
	const warm: number[] = [];
	for (const query of [...queries, ...queries]) {
		await input.fill('');
		await page.locator('.result-title').first().waitFor({ state: 'detached' });
		// Warm this query's index chunk once, then time a fresh keystroke.
		await input.fill(query);
		await page.locator('.result-title').first().waitFor();
		await input.fill('');
		await page.locator('.result-title').first().waitFor({ state: 'detached' });
		warm.push(await timeQuery(page, query));
	}
	await context.close();
	return {
		cold,
		warm,
		firstSearchBytes: pagefindBytes(first),
		runtimeBytes: pagefindBytes(opening),
	};
}

/**
 * The full comparison matrix in a fresh context: how long its script takes to upgrade the
 * server-rendered table, until the next frame (style and layout included), the longest
 * animation frame of the load, and a sort click. The timing wraps customElements.define, so
 * the page's own code is measured unchanged.
 */
export async function measureMatrix(browser: Browser, url: string): Promise<MatrixFigures> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.addInitScript(() => {
		const timing = { scriptMs: -1, renderMs: -1, longestFrameMs: 0 };
		(window as unknown as { __matrix: typeof timing }).__matrix = timing;
		try {
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries())
					timing.longestFrameMs = Math.max(timing.longestFrameMs, entry.duration);
			}).observe({ type: 'long-animation-frame', buffered: true });
		} catch {
			// no Long Animation Frames API in this browser
		}
		const define = customElements.define.bind(customElements);
		customElements.define = (name, constructor, options) => {
			const start = performance.now();
			define(name, constructor, options);
			if (name !== 'compare-matrix') return;
			timing.scriptMs = performance.now() - start;
			requestAnimationFrame(() =>
				setTimeout(() => (timing.renderMs = performance.now() - start), 0),
			);
		};
	});
	await page.goto(url, { waitUntil: 'load' });
	await page.waitForFunction(
		() => (window as unknown as { __matrix: { renderMs: number } }).__matrix.renderMs >= 0,
	);
	const timing = await page.evaluate(
		() =>
			(
				window as unknown as {
					__matrix: { scriptMs: number; renderMs: number; longestFrameMs: number };
				}
			).__matrix,
	);
	const rows = await page.locator('compare-matrix tbody tr').count();
	const sortMs = await page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				const button = document.querySelector<HTMLButtonElement>('compare-matrix [data-sort]')!;
				const start = performance.now();
				button.click();
				requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
			}),
	);
	await context.close();
	return { rows, ...timing, sortMs };
}
