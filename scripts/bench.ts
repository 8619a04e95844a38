/**
 * The benchmark: builds the real site and a generated corpus (N pages per language, default
 * 500), then measures build time, CPU and memory, page weight and requests in Chromium, the
 * Pagefind index, search latency (cold and warm) and the comparison matrix; checks the budgets;
 * prints a report and writes it to BENCHMARK.md.
 *
 * Usage: npm run bench [-- --pages 500] [--runs 3] [--baseline <git-ref>] [--build-only]
 *        [--lighthouse-runs 3] (0 skips Lighthouse)
 * With --baseline, the ref is exported into a temporary copy and its builds alternate with this
 * tree's (A B, B A, A B…), so both see the same machine load; every figure is a median with its
 * range. Each build is cold (no dist/, .astro/ or caches) and is followed by a warm rebuild
 * after a one-line edit of one page.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { findChromium } from '../e2e/support/chromium.ts';
import { createCorpus } from './bench/corpus.ts';
import { exportRef } from './bench/baseline.ts';
import { LOCALES, type Locale } from '../src/i18n/locales.ts';
import { measureBuild, type BuildFigures } from './bench/measure-build.ts';
import {
	measureDocument,
	measureMatrix,
	measurePage,
	measureSearch,
	type MatrixFigures,
	type PageWeight,
	type SearchFigures,
} from './bench/measure-browser.ts';
import {
	measureSearchBench,
	searchReport,
	type SearchBenchFigures,
} from './bench/measure-search.ts';
import { formatSpread, percentile, spread } from './bench/stats.ts';
import { LIGHTHOUSE, measureLighthouse, type LighthouseFigures } from './bench/lighthouse.ts';

const { values } = parseArgs({
	options: {
		pages: { type: 'string', default: '500' },
		runs: { type: 'string' },
		'lighthouse-runs': { type: 'string', default: '3' },
		baseline: { type: 'string' },
		'build-only': { type: 'boolean', default: false },
		out: { type: 'string', default: 'BENCHMARK.md' },
	},
});
const LARGE = Number(values.pages);
const RUNS = Number(values.runs ?? (values.baseline ? 3 : 1));
const REAL = (await readdir('content/ja/services')).filter((n) => n.endsWith('.mdx')).length;
const QUERIES = {
	ja: ['ステートフル', '脆弱性', '個人情報', 'GuardDuty', 'ファイアウォール', '委任管理者'],
	en: [
		'stateless',
		'vulnerability',
		'GuardDuty',
		'rate-based rule',
		'sensitive data',
		'delegated administrator',
	],
};
const KB = 1024;
/** The pages Lighthouse scores, under each language. */
const LIGHTHOUSE_PAGES = ['services/guardduty/', 'compare/', 'search/?q=WAF'];
/** The page the warm rebuild edits, and the sentence it adds. */
const EDITED_PAGE = 'content/en/services/guardduty.mdx';
const EDIT = '\n\nThis sentence was added by the benchmark to time a rebuild after one edit.\n';

interface Version {
	name: string;
	/** Project folder to copy from. */
	dir: string;
}

interface BuildRuns {
	cold: BuildFigures[];
	warm: BuildFigures[];
}

interface BrowserFigures {
	indexKb: number;
	weight: Record<Locale, PageWeight>;
	home: Record<Locale, PageWeight>;
	searchPage: Record<Locale, { raw: number; gzip: number }>;
	/** The search lexicon, fetched by a first search: it grows with the pages and their names. */
	lexicon: Record<Locale, { raw: number; gzip: number }>;
	search: Record<Locale, SearchFigures>;
	matrix: Record<Locale, MatrixFigures>;
	/** Query set, main-thread blocking and the search dialog (real site only). */
	searchBench?: SearchBenchFigures;
	/** Lighthouse on the pages readers land on (real site only). */
	lighthouse?: LighthouseFigures[] | { error: string };
}

interface SiteFigures {
	pages: number;
	builds: Map<string, BuildRuns>;
	browser?: BrowserFigures;
}

async function folderSize(dir: string): Promise<number> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	const sizes = await Promise.all(
		entries
			.filter((e) => e.isFile())
			.map((e) => stat(join(e.parentPath, e.name)).then((s) => s.size)),
	);
	return sizes.reduce((a, b) => a + b, 0);
}

function serve(dir: string, port: number): Promise<ChildProcess> {
	const server = spawn(
		process.execPath,
		[resolve('scripts/serve.ts'), '--port', String(port), '--dir', join(dir, 'dist')],
		{ stdio: ['ignore', 'pipe', 'inherit'] },
	);
	return new Promise((ready) => server.stdout!.once('data', () => ready(server)));
}

const BUILD_ENV = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

/** A cold build: no output, no Astro data store, no Vite cache from an earlier run. */
async function coldBuild(dir: string): Promise<BuildFigures> {
	for (const cache of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
		await rm(join(dir, cache), { recursive: true, force: true });
	return measureBuild('npm', ['run', 'build', '--silent'], dir, BUILD_ENV);
}

/** A rebuild with every cache of the previous build kept, after a one-line edit of one page. */
async function warmBuild(dir: string): Promise<BuildFigures> {
	const file = join(dir, EDITED_PAGE);
	const original = await readFile(file, 'utf8');
	await writeFile(file, original + EDIT);
	try {
		return await measureBuild('npm', ['run', 'build', '--silent'], dir, BUILD_ENV);
	} finally {
		await writeFile(file, original);
	}
}

async function measureBrowser(
	dir: string,
	port: number,
	withSearch: boolean,
): Promise<BrowserFigures> {
	const server = await serve(dir, port);
	const browser = await chromium.launch({
		executablePath: findChromium(),
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
	});
	try {
		const base = `http://localhost:${port}/`;
		const perLocale = async <T>(f: (locale: Locale) => Promise<T>) => {
			const out = {} as Record<Locale, T>;
			for (const locale of LOCALES) out[locale] = await f(locale);
			return out;
		};
		return {
			indexKb: (await folderSize(join(dir, 'dist', 'pagefind'))) / KB,
			weight: await perLocale((l) => measurePage(browser, `${base}${l}/services/guardduty/`)),
			home: await perLocale((l) => measurePage(browser, `${base}${l}/`)),
			searchPage: await perLocale((l) => measureDocument(browser, `${base}${l}/search/`)),
			lexicon: await perLocale((l) => measureDocument(browser, `${base}${l}/search-lexicon.json`)),
			search: await perLocale((l) => measureSearch(browser, `${base}${l}/search/`, QUERIES[l])),
			matrix: await perLocale((l) => measureMatrix(browser, `${base}${l}/compare/`)),
			...(withSearch
				? {
						searchBench: await measureSearchBench(
							browser,
							base,
							await readFile(join(dir, 'dist', 'ja', 'search', 'index.html'), 'utf8'),
						),
						lighthouse: await measureLighthouse(
							base,
							LOCALES.flatMap((l) => LIGHTHOUSE_PAGES.map((p) => `${l}/${p}`)),
							Number(values['lighthouse-runs']),
						),
					}
				: {}),
		};
	} finally {
		await browser.close();
		server.kill();
	}
}

async function measureSite(pages: number, versions: Version[], port: number): Promise<SiteFigures> {
	console.error(`bench: generating ${pages} pages per language for ${versions.length} version(s)…`);
	const dirs = new Map<string, string>();
	for (const v of versions) dirs.set(v.name, await createCorpus(pages, v.dir));
	const builds = new Map(versions.map((v) => [v.name, { cold: [], warm: [] } as BuildRuns]));
	try {
		for (let run = 0; run < RUNS; run++) {
			// A B, then B A: neither version always builds first, on a warmer or a busier machine.
			const order = run % 2 === 0 ? versions : versions.toReversed();
			for (const v of order) {
				const dir = dirs.get(v.name)!;
				console.error(`bench: ${pages * 2} pages, ${v.name}, run ${run + 1}/${RUNS}: cold…`);
				builds.get(v.name)!.cold.push(await coldBuild(dir));
				console.error(`bench: ${pages * 2} pages, ${v.name}, run ${run + 1}/${RUNS}: warm…`);
				builds.get(v.name)!.warm.push(await warmBuild(dir));
			}
		}
		const browser = values['build-only']
			? undefined
			: await measureBrowser(dirs.get(versions[0]!.name)!, port, pages === REAL);
		return { pages, builds, browser };
	} finally {
		for (const dir of dirs.values()) await rm(dir, { recursive: true, force: true });
	}
}

const versions: Version[] = [{ name: 'this tree', dir: '.' }];
let baselineDir: string | undefined;
if (values.baseline) {
	const { dir, commit } = await exportRef(values.baseline);
	baselineDir = dir;
	versions.push({ name: `${values.baseline} (${commit.slice(0, 7)})`, dir });
}

let real: SiteFigures;
let large: SiteFigures;
try {
	real = await measureSite(REAL, versions, 4401);
	large = await measureSite(LARGE, versions, 4402);
} finally {
	if (baselineDir) await rm(baselineDir, { recursive: true, force: true });
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const total = (w: PageWeight, kind: 'raw' | 'gzip') =>
	w.bytes.html[kind] + w.bytes.css[kind] + w.bytes.js[kind];
const ms = (values: number[]) =>
	`${spread(values).median.toFixed(0)} ms / ${percentile(values, 95).toFixed(0)} ms`;

function buildRows(site: SiteFigures): string[] {
	return [...site.builds].flatMap(([name, runs]) => {
		const f = (list: BuildFigures[], pick: (b: BuildFigures) => number, digits = 1, unit = ' s') =>
			formatSpread(spread(list.map(pick)), digits, unit);
		const biggest = runs.cold.reduce((a, b) => (b.peakRssMb > a.peakRssMb ? b : a));
		return [
			`| ${name} | cold | ${f(runs.cold, (b) => b.wallSeconds)} | ${f(runs.cold, (b) => b.cpuSeconds)} | ${f(runs.cold, (b) => b.peakRssMb, 0, ' MiB')} (${biggest.peakProcess}) | ${f(runs.cold, (b) => b.peakTreeMb, 0, ' MiB')} |`,
			`| ${name} | warm (one page edited) | ${f(runs.warm, (b) => b.wallSeconds)} | ${f(runs.warm, (b) => b.cpuSeconds)} | ${f(runs.warm, (b) => b.peakRssMb, 0, ' MiB')} | ${f(runs.warm, (b) => b.peakTreeMb, 0, ' MiB')} |`,
		];
	});
}

function browserRows(b: BrowserFigures): string[] {
	return [
		`| Pagefind index (both languages) | ${kb(b.indexKb * KB)} |`,
		...LOCALES.flatMap((l) => {
			const w = b.weight[l];
			const h = b.home[l];
			const q = b.search[l];
			const m = b.matrix[l];
			return [
				`| ${l} service page: HTML / CSS / JS (gzip) | ${kb(w.bytes.html.gzip)} / ${kb(w.bytes.css.gzip)} / ${kb(w.bytes.js.gzip)} (raw ${kb(total(w, 'raw'))}) |`,
				`| ${l} service page: total gzip, requests, JS requests | ${kb(total(w, 'gzip'))}, ${w.requests}, ${w.scripts} |`,
				`| ${l} home page: HTML + CSS + JS (gzip) | ${kb(total(h, 'gzip'))} (HTML ${kb(h.bytes.html.gzip)}, raw ${kb(h.bytes.html.raw)}) |`,
				`| ${l} search page: HTML (gzip / raw) | ${kb(b.searchPage[l].gzip)} / ${kb(b.searchPage[l].raw)} |`,
				`| ${l} search lexicon, fetched by a first search (gzip / raw) | ${kb(b.lexicon[l].gzip)} / ${kb(b.lexicon[l].raw)} |`,
				`| ${l} search, cold: first query on a fresh page load → first result (median / p95, ${q.cold.length} loads) | ${ms(q.cold)} |`,
				`| ${l} search, warm: keystroke → first result (median / p95, ${q.warm.length} runs) | ${ms(q.warm)} |`,
				`| ${l} search page: Pagefind runtime fetched on opening (gzip) | ${kb(q.runtimeBytes)} |`,
				`| ${l} search: bytes fetched by the first query (gzip) | ${kb(q.firstSearchBytes)} |`,
				`| ${l} matrix (${m.rows} rows): script / script to next frame / same on a natural load / longest frame / sort click | ${m.scriptMs.toFixed(0)} / ${m.renderMs.toFixed(0)} / ${m.firstFrameMs.toFixed(0)} / ${m.longestFrameMs.toFixed(0)} / ${m.sortMs.toFixed(0)} ms |`,
			];
		}),
	];
}

const budgets: [string, boolean, string][] = [];
for (const site of [real, large]) {
	const b = site.browser;
	if (!b) continue;
	const limit = site === real ? 20 : 30;
	for (const locale of LOCALES) {
		const w = b.weight[locale];
		budgets.push([
			`${locale} service page, ${site.pages}/lang: HTML+CSS+JS < ${limit} KB gzip`,
			total(w, 'gzip') < limit * KB,
			kb(total(w, 'gzip')),
		]);
		budgets.push([
			`${locale} service page, ${site.pages}/lang: at most 1 script on load, < 5 KB gzip`,
			w.scripts <= 1 && w.largestScriptGzip < 5 * KB,
			`${w.scripts} script(s), ${kb(w.largestScriptGzip)}`,
		]);
		budgets.push([
			`${locale} service page, ${site.pages}/lang: no Pagefind file on load`,
			w.pagefindRequests === 0,
			`${w.pagefindRequests} request(s)`,
		]);
		const h = b.home[locale];
		budgets.push([
			`${locale} home page, ${site.pages}/lang: HTML+CSS+JS < 30 KB gzip`,
			total(h, 'gzip') < 30 * KB,
			kb(total(h, 'gzip')),
		]);
		const s = b.search[locale];
		budgets.push([
			`${locale} search, ${site.pages}/lang: first result < 100 ms after the keystroke, warm (p95)`,
			percentile(s.warm, 95) < 100,
			ms(s.warm),
		]);
		budgets.push([
			`${locale} search, ${site.pages}/lang: first query costs < 100 KB`,
			s.firstSearchBytes < 100 * KB,
			kb(s.firstSearchBytes),
		]);
		const m = b.matrix[locale];
		budgets.push([
			`${locale} matrix, ${site.pages}/lang (${m.rows} rows): rendered < 200 ms after its script starts`,
			m.renderMs < 200,
			`${m.renderMs.toFixed(0)} ms`,
		]);
	}
}
const ours = (s: SiteFigures) => s.builds.get(versions[0]!.name)!;
const perPage = (s: SiteFigures) =>
	spread(ours(s).cold.map((b) => b.wallSeconds)).median / (s.pages * 2);
budgets.push([
	`build time grows no worse than linearly (${LARGE}/lang vs ${REAL}/lang, seconds per page)`,
	perPage(large) <= perPage(real) * 1.1,
	`${perPage(real).toFixed(3)} s → ${perPage(large).toFixed(3)} s per page`,
]);
for (const site of [real, large]) {
	const cold = spread(ours(site).cold.map((b) => b.wallSeconds)).median;
	const warm = spread(ours(site).warm.map((b) => b.wallSeconds)).median;
	budgets.push([
		`warm rebuild after editing one page, ${site.pages}/lang: at most half the cold build`,
		warm <= cold / 2,
		`${warm.toFixed(1)} s vs ${cold.toFixed(1)} s cold`,
	]);
}

const lighthouse = real.browser?.lighthouse;
if (Array.isArray(lighthouse))
	for (const page of lighthouse)
		budgets.push([
			`Lighthouse (mobile) 100/100/100/100 on /${page.path} (median of ${page.runs})`,
			Object.values(page.scores).every((score) => score === 100),
			Object.values(page.scores).join('/'),
		]);

function lighthouseSection(figures: BrowserFigures['lighthouse']): string[] {
	if (!figures) return [];
	const head = [`## Lighthouse (mobile profile, npx ${LIGHTHOUSE})`, ''];
	if (!Array.isArray(figures)) return [...head, `Not measured: ${figures.error}`, ''];
	if (figures.length === 0) return [];
	return [
		...head,
		`Median of ${figures[0]!.runs} runs per page, on the real site served by \`npm start\`'s server (gzip).`,
		'',
		'| page | performance / accessibility / best practices / SEO | lowest performance | FCP | LCP | TBT | CLS |',
		'| --- | --- | --- | --- | --- | --- | --- |',
		...figures.map(
			(f) =>
				`| /${f.path} | ${Object.values(f.scores).join(' / ')} | ${f.worstPerformance} | ${(f.metrics.fcp / 1000).toFixed(1)} s | ${(f.metrics.lcp / 1000).toFixed(1)} s | ${f.metrics.tbt.toFixed(0)} ms | ${f.metrics.cls.toFixed(3)} |`,
		),
		'',
	];
}

const searchSection = real.browser?.searchBench
	? searchReport(real.browser.searchBench)
	: undefined;
budgets.push(...(searchSection?.budgets ?? []));

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const section = (site: SiteFigures, title: string) => [
	`## ${title}: ${site.pages} pages per language`,
	'',
	'| version | build | wall | CPU (all processes) | peak memory, largest process | peak memory, all processes |',
	'| --- | --- | --- | --- | --- | --- |',
	...buildRows(site),
	'',
	...(site.browser
		? ['| measure | value |', '| --- | --- |', ...browserRows(site.browser), '']
		: []),
];
const report = [
	'# Benchmark',
	'',
	`Last run: ${new Date().toISOString().slice(0, 10)}, ${availableParallelism()} cores (${cpu}), Node ${process.version}, Chromium via Playwright. Reproduce with \`npm run bench\` (\`-- --pages N\` for another corpus size, \`--baseline <git-ref>\` to compare, \`--runs N\`).`,
	'',
	`Builds: ${RUNS} run(s) per version${versions.length > 1 ? ', interleaved' : ''}; median (range). A build is \`npm run build\` (Astro, then Pagefind), cold (no dist/, .astro/ or caches); the warm rebuild follows it with every cache kept and one sentence added to ${EDITED_PAGE}. CPU is user + system time of every process of the build; memory is the peak resident set (VmHWM) of the largest process, and the largest sum over all of them.`,
	'',
	...section(real, 'Real site'),
	...section(large, 'Generated corpus'),
	...(searchSection?.lines ?? []),
	...lighthouseSection(lighthouse),
	...(budgets.length > 0
		? [
				'## Budgets',
				'',
				'| budget | result | measured |',
				'| --- | --- | --- |',
				...budgets.map(
					([name, ok, measured]) => `| ${name} | ${ok ? 'pass' : '**FAIL**'} | ${measured} |`,
				),
				'',
			]
		: []),
].join('\n');
await writeFile(values.out!, report);
console.log(report);
if (budgets.some(([, ok]) => !ok)) process.exitCode = 1;
