/**
 * Search on the real site, for the benchmark: the query set's score and misses, main-thread
 * blocking with Pagefind in its worker and on the main thread, and what searching from a
 * reference page costs through the header's search dialog (bytes, keystroke → first result).
 * Kept apart from measure-browser.ts so bench.ts only adds one call and one report section.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from '@playwright/test';
import {
	formatScore,
	readQuerySet,
	scoreQuerySet,
	TOP1_BAR,
	type QuerySetScore,
} from '../../e2e/support/query-set.ts';
import { LOCALES, type Locale } from '../../src/i18n/locales.ts';
import { timeDialogQuery } from '../../e2e/support/search.ts';

const KB = 1024;

export interface BlockingFigures {
	/** The longest main-thread task while the search page opened and answered a first query. */
	longestTaskMs: number;
	/** Total blocking time (each long task's time over 50 ms) over the same span. */
	totalBlockingMs: number;
}

export interface DialogFigures {
	/** Gzip bytes fetched from pressing `/` on a loaded reference page to the first results. */
	bytes: { code: number; lexicon: number; pagefind: number };
	/**
	 * The first result on screen, cold: gzip bytes that had arrived by then, and ms from `/`.
	 * Before Pagefind loads, the dialog shows the pages the query names from the lexicon.
	 */
	firstShown: { bytes: number; ms: number };
	/** The same for a query that names no page: its first results come from Pagefind. */
	unnamedFirstShown: { bytes: number; ms: number };
	/** Keystroke → first result in the dialog once search has loaded (median, p95). */
	medianMs: number;
	p95Ms: number;
}

export interface SearchBenchFigures {
	quality: Record<Locale, QuerySetScore>;
	blocking: Record<Locale, Record<'worker' | 'mainThread', BlockingFigures>>;
	dialog: Record<Locale, DialogFigures>;
	shippedWorker: boolean;
}

const QUERY = { ja: 'ステートフル', en: 'stateless' } as const;
const DIALOG_QUERIES = {
	ja: ['ステートフル', 'NACL SG 違い', '脆弱性診断', 'GuardDuty', '暗号化キー', '監査ログ'],
	en: ['stateless', 'NACL vs SG', 'XSS', 'GuardDuty', 'encryption key', 'audit trail'],
} as const;
/** A first query naming no page (no title, alias, glossary term or need word). */
const UNNAMED_QUERY = { ja: 'ルール 評価順', en: 'rule order' } as const;

/** Runs every search measurement against a served real site at `base` (ends with /). */
export async function measureSearchBench(
	browser: Browser,
	base: string,
	searchPageHtml: string,
): Promise<SearchBenchFigures> {
	const set = readQuerySet();
	const quality = {} as SearchBenchFigures['quality'];
	const blocking = {} as SearchBenchFigures['blocking'];
	const dialog = {} as SearchBenchFigures['dialog'];
	for (const locale of LOCALES) {
		const page = await browser.newPage();
		await page.goto(`${base}${locale}/search/`);
		quality[locale] = await scoreQuerySet(page, set[locale]);
		await page.close();
		const runs = { worker: [] as BlockingFigures[], mainThread: [] as BlockingFigures[] };
		for (let i = 0; i < 5; i++) {
			runs.worker.push(
				await measureBlocking(browser, `${base}${locale}/search/`, QUERY[locale], true),
			);
			runs.mainThread.push(
				await measureBlocking(browser, `${base}${locale}/search/`, QUERY[locale], false),
			);
		}
		blocking[locale] = { worker: median(runs.worker), mainThread: median(runs.mainThread) };
		dialog[locale] = await measureDialog(browser, `${base}${locale}/services/guardduty/`, locale);
	}
	return { quality, blocking, dialog, shippedWorker: /data-worker="true"/.test(searchPageHtml) };
}

function median(runs: readonly BlockingFigures[]): BlockingFigures {
	const mid = (values: number[]) =>
		values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)]!;
	return {
		longestTaskMs: mid(runs.map((r) => r.longestTaskMs)),
		totalBlockingMs: mid(runs.map((r) => r.totalBlockingMs)),
	};
}

/**
 * Main-thread blocking of search: opens the search page, types `query` and waits for the
 * results, recording long tasks. `worker` forces Pagefind into its web worker or onto the main
 * thread (the page's `data-worker` attribute is rewritten in flight), to compare the two.
 */
export async function measureBlocking(
	browser: Browser,
	searchUrl: string,
	query: string,
	worker: boolean,
): Promise<BlockingFigures> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.route(
		(url) => url.href.startsWith(searchUrl),
		async (route) => {
			const response = await route.fetch();
			const body = (await response.text()).replace(
				/data-worker="(true|false)"/,
				`data-worker="${worker}"`,
			);
			await route.fulfill({ response, body });
		},
	);
	await page.addInitScript(() => {
		const tasks: number[] = [];
		(globalThis as unknown as { longTasks: number[] }).longTasks = tasks;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) tasks.push(entry.duration);
		}).observe({ type: 'longtask', buffered: true });
	});
	await page.goto(searchUrl, { waitUntil: 'networkidle' });
	await page.locator('[data-search-main]').fill(query);
	await page.locator('.result-title').first().waitFor();
	await page.waitForLoadState('networkidle');
	const tasks = await page.evaluate(
		() => (globalThis as unknown as { longTasks: number[] }).longTasks,
	);
	await context.close();
	return {
		longestTaskMs: Math.max(0, ...tasks),
		totalBlockingMs: tasks.reduce((n, d) => n + Math.max(0, d - 50), 0),
	};
}

/** A first search from a freshly loaded reference page: what it downloads and when. */
interface FirstSearch {
	/** Gzip bytes by kind, from `/` to the full first results. */
	bytes: { code: number; lexicon: number; pagefind: number };
	/** The first result on screen: gzip bytes arrived by then, ms after `/`. */
	firstShown: { bytes: number; ms: number };
}

/** Opens `url` in a fresh context, presses `/` and types `query` as readers type it. */
async function firstSearch(
	browser: Browser,
	url: string,
	locale: Locale,
	query: string,
): Promise<FirstSearch & { page: Page; close: () => Promise<void> }> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(url, { waitUntil: 'networkidle' });
	const bytes = { code: 0, lexicon: 0, pagefind: 0 };
	const pending: Promise<void>[] = [];
	/** Each search download: gzip size and when it had fully arrived (epoch ms). */
	const arrivals: { size: number; at: number }[] = [];
	const listener = (response: Response) => {
		const path = new URL(response.url()).pathname;
		const kind = path.includes('/pagefind/')
			? 'pagefind'
			: path.includes('search-lexicon')
				? 'lexicon'
				: path.includes('search-lazy')
					? 'code'
					: undefined;
		if (!kind) return;
		pending.push(
			response
				.body()
				.then((body) => {
					const size = Math.min(body.length, gzipSync(body, { level: 9 }).length);
					bytes[kind] += size;
					const timing = response.request().timing();
					arrivals.push({ size, at: timing.startTime + timing.responseEnd });
				})
				.catch(() => undefined),
		);
	};
	page.on('response', listener);
	// When the first result title enters the list (epoch ms, the clock of the request timings).
	const shown = page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				const list = document.querySelector('[data-dialog-results]')!;
				new MutationObserver((_, observer) => {
					if (!list.querySelector('.result-title')) return;
					observer.disconnect();
					resolve(performance.timeOrigin + performance.now());
				}).observe(list, { childList: true });
			}),
	);
	const pressed = Date.now();
	await page.keyboard.press('/');
	// English is typed key by key (a search per keystroke); Japanese arrives as an input method
	// commits it, the converted word at once (the dialog waits for compositionend).
	if (locale === 'ja') await page.keyboard.insertText(query);
	else await page.keyboard.type(query);
	await page.locator('[data-dialog-results] .result-title').first().waitFor();
	// The named pages may show first; the full results end the "…" of the status line.
	await page.waitForFunction(
		() => !document.querySelector('[data-dialog-status]')!.textContent!.endsWith('…'),
	);
	page.off('response', listener); // the first results only
	await Promise.all(pending);
	const shownAt = await shown;
	return {
		bytes,
		firstShown: {
			bytes: arrivals.filter((a) => a.at <= shownAt).reduce((n, a) => n + a.size, 0),
			ms: shownAt - pressed,
		},
		page,
		close: () => context.close(),
	};
}

/**
 * Fresh loads per first search: what a first search fetches depends on how far Pagefind has
 * loaded when each key arrives, so one load can fetch twice the index chunks of another.
 */
const FIRST_SEARCHES = 3;

/** The median of `FIRST_SEARCHES` first searches of `query`, by the bytes to the full results. */
async function medianFirstSearch(
	browser: Browser,
	url: string,
	locale: Locale,
	query: string,
): Promise<FirstSearch> {
	const runs: FirstSearch[] = [];
	for (let i = 0; i < FIRST_SEARCHES; i++) {
		const { close, bytes, firstShown } = await firstSearch(browser, url, locale, query);
		await close();
		runs.push({ bytes, firstShown });
	}
	const total = (r: FirstSearch) => r.bytes.code + r.bytes.lexicon + r.bytes.pagefind;
	return runs.toSorted((a, b) => total(a) - total(b))[Math.floor(runs.length / 2)]!;
}

/**
 * Search from a reference page: first queries that name a page and that name none (bytes,
 * first result on screen; median of fresh loads), then timed keystrokes.
 */
async function measureDialog(
	browser: Browser,
	url: string,
	locale: Locale,
): Promise<DialogFigures> {
	const unnamed = await medianFirstSearch(browser, url, locale, UNNAMED_QUERY[locale]);
	const named = await medianFirstSearch(browser, url, locale, DIALOG_QUERIES[locale][0]);
	const loaded = await firstSearch(browser, url, locale, DIALOG_QUERIES[locale][0]);
	const times: number[] = [];
	for (const query of [...DIALOG_QUERIES[locale], ...DIALOG_QUERIES[locale]]) {
		// Each query once to load its chunks, then timed.
		for (const timed of [false, true]) {
			const elapsed = await timeDialogQuery(loaded.page, query);
			if (timed) times.push(elapsed);
		}
	}
	await loaded.close();
	times.sort((a, b) => a - b);
	return {
		bytes: named.bytes,
		firstShown: named.firstShown,
		unnamedFirstShown: unnamed.firstShown,
		medianMs: times[Math.floor(times.length / 2)]!,
		p95Ms: times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)]!,
	};
}

/** The report section (Markdown lines) and the budgets of the search measurements. */
export function searchReport(s: SearchBenchFigures): {
	lines: string[];
	budgets: [string, boolean, string][];
} {
	const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
	const lines = [
		'## Search (real site)',
		'',
		'| measure | value |',
		'| --- | --- |',
		...LOCALES.flatMap((l) => {
			const b = s.blocking[l];
			const d = s.dialog[l];
			return [
				`| ${l} search page, longest main-thread task, Pagefind in its worker / on the main thread (median of 5) | ${b.worker.longestTaskMs.toFixed(0)} ms / ${b.mainThread.longestTaskMs.toFixed(0)} ms (total blocking ${b.worker.totalBlockingMs.toFixed(0)} / ${b.mainThread.totalBlockingMs.toFixed(0)} ms) |`,
				`| ${l} search dialog from a reference page: search code / lexicon / Pagefind to the full first results (gzip, median of ${FIRST_SEARCHES} fresh loads) | ${kb(d.bytes.code)} / ${kb(d.bytes.lexicon)} / ${kb(d.bytes.pagefind)} |`,
				`| ${l} search dialog, cold: first result on screen for \`${DIALOG_QUERIES[l][0]}\` (names a page, shown from the lexicon) / \`${UNNAMED_QUERY[l]}\` (names none): bytes arrived by then (gzip), ms after \`/\` (median of ${FIRST_SEARCHES}) | ${kb(d.firstShown.bytes)}, ${d.firstShown.ms.toFixed(0)} ms / ${kb(d.unnamedFirstShown.bytes)}, ${d.unnamedFirstShown.ms.toFixed(0)} ms |`,
				`| ${l} search dialog: keystroke → first result (median / p95, ${DIALOG_QUERIES[l].length * 2} runs) | ${d.medianMs.toFixed(0)} ms / ${d.p95Ms.toFixed(0)} ms |`,
			];
		}),
		'',
		'### Query set (e2e/search-queries.json)',
		'',
		...LOCALES.flatMap((l) => {
			const q = s.quality[l];
			return [
				`- ${formatScore(l, q)}`,
				...q.misses.map((m) => `  - miss: ${m}`),
				...q.notFirst.map((m) => `  - not first (within its rank): ${m}`),
			];
		}),
		'',
	];
	const budgets: [string, boolean, string][] = LOCALES.flatMap((l) => {
		const q = s.quality[l];
		const b = s.shippedWorker ? s.blocking[l].worker : s.blocking[l].mainThread;
		const d = s.dialog[l];
		return [
			[
				`${l} query set: every query within its rank, ≥ ${TOP1_BAR * 100} % first`,
				q.misses.length === 0 && q.top1 / q.total >= TOP1_BAR,
				formatScore(l, q).replace(/^\w+: /, ''),
			],
			[
				`${l} search: longest main-thread task < 100 ms (Pagefind ${s.shippedWorker ? 'in its worker' : 'on the main thread'}, as shipped)`,
				b.longestTaskMs < 100,
				`${b.longestTaskMs.toFixed(0)} ms`,
			],
			[
				`${l} search dialog: keystroke → first result < 100 ms (p95)`,
				d.p95Ms < 100,
				`median ${d.medianMs.toFixed(0)} ms, p95 ${d.p95Ms.toFixed(0)} ms`,
			],
		] satisfies [string, boolean, string][];
	});
	return { lines, budgets };
}
