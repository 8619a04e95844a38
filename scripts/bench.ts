/**
 * The benchmark: builds the real site and a generated corpus (N pages per language, default
 * 500), then measures build time, CPU and memory, page weight and requests in Chromium, the
 * Pagefind index, and search latency; checks the budgets; prints a table and writes it to
 * BENCHMARK.md. Usage: npm run bench [-- --pages 500]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { findChromium } from '../e2e/support/chromium.ts';
import { createCorpus } from './bench/corpus.ts';
import { LOCALES } from '../src/i18n/locales.ts';
import { measureBuild, type BuildFigures } from './bench/measure-build.ts';
import {
	measurePage,
	measureSearch,
	type PageWeight,
	type SearchFigures,
} from './bench/measure-browser.ts';
import {
	measureSearchBench,
	searchReport,
	type SearchBenchFigures,
} from './bench/measure-search.ts';

const { values } = parseArgs({
	options: {
		pages: { type: 'string', default: '500' },
		out: { type: 'string', default: 'BENCHMARK.md' },
	},
});
const LARGE = Number(values.pages);
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

interface SiteFigures {
	pages: number;
	build: BuildFigures;
	indexKb: number;
	weight: Record<'ja' | 'en', PageWeight>;
	search: Record<'ja' | 'en', SearchFigures>;
	/** Query set, blocking and the search dialog: real site only. */
	searchBench: SearchBenchFigures | undefined;
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

async function measureSite(pages: number, port: number): Promise<SiteFigures> {
	console.error(`bench: generating ${pages} pages per language…`);
	const dir = await createCorpus(pages);
	try {
		console.error(`bench: building ${pages * 2} pages…`);
		const build = await measureBuild('npm', ['run', 'build', '--silent'], dir, {
			...process.env,
			ASTRO_TELEMETRY_DISABLED: '1',
		});
		const server = await serve(dir, port);
		const browser = await chromium.launch({
			executablePath: findChromium(),
			args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
		});
		try {
			const base = `http://localhost:${port}/`;
			const weight = {
				ja: await measurePage(browser, `${base}ja/services/guardduty/`),
				en: await measurePage(browser, `${base}en/services/guardduty/`),
			};
			const search = {
				ja: await measureSearch(browser, `${base}ja/search/`, QUERIES.ja),
				en: await measureSearch(browser, `${base}en/search/`, QUERIES.en),
			};
			const searchBench =
				pages === REAL
					? await measureSearchBench(
							browser,
							base,
							await readFile(join(dir, 'dist', 'ja', 'search', 'index.html'), 'utf8'),
						)
					: undefined;
			return {
				pages,
				build,
				indexKb: (await folderSize(join(dir, 'dist', 'pagefind'))) / KB,
				weight,
				search,
				searchBench,
			};
		} finally {
			await browser.close();
			server.kill();
		}
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const total = (w: PageWeight, kind: 'raw' | 'gzip') =>
	w.bytes.html[kind] + w.bytes.css[kind] + w.bytes.js[kind];

const real = await measureSite(REAL, 4401);
const large = await measureSite(LARGE, 4402);

const budgets: [string, boolean, string][] = [];
for (const site of [real, large]) {
	const limit = site === real ? 20 : 30;
	for (const locale of LOCALES) {
		const w = site.weight[locale];
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
		const s = site.search[locale];
		budgets.push([
			`${locale} search, ${site.pages}/lang: first result < 100 ms after the keystroke (p95)`,
			s.p95Ms < 100,
			`median ${s.medianMs.toFixed(0)} ms, p95 ${s.p95Ms.toFixed(0)} ms`,
		]);
		budgets.push([
			`${locale} search, ${site.pages}/lang: first query costs < 100 KB`,
			s.firstSearchBytes < 100 * KB,
			kb(s.firstSearchBytes),
		]);
	}
}
const searchSection = real.searchBench ? searchReport(real.searchBench) : undefined;
budgets.push(...(searchSection?.budgets ?? []));
const perPage = (s: SiteFigures) => s.build.wallSeconds / (s.pages * 2);
budgets.push([
	`build time grows no worse than linearly (${LARGE}/lang vs ${REAL}/lang, seconds per page)`,
	perPage(large) <= perPage(real) * 1.1,
	`${perPage(real).toFixed(3)} s → ${perPage(large).toFixed(3)} s per page`,
]);

const rows = (s: SiteFigures) => [
	`| build wall / CPU / peak memory | ${s.build.wallSeconds.toFixed(1)} s / ${s.build.cpuSeconds.toFixed(1)} s / ${s.build.peakMemoryMb.toFixed(0)} MB |`,
	`| Pagefind index (both languages) | ${kb(s.indexKb * KB)} |`,
	...LOCALES.flatMap((l) => {
		const w = s.weight[l];
		const q = s.search[l];
		return [
			`| ${l} service page: HTML / CSS / JS (gzip) | ${kb(w.bytes.html.gzip)} / ${kb(w.bytes.css.gzip)} / ${kb(w.bytes.js.gzip)} (raw ${kb(total(w, 'raw'))}) |`,
			`| ${l} service page: total gzip, requests, JS requests | ${kb(total(w, 'gzip'))}, ${w.requests}, ${w.scripts} |`,
			`| ${l} search: keystroke → first result (median / p95, ${q.queries} runs) | ${q.medianMs.toFixed(0)} ms / ${q.p95Ms.toFixed(0)} ms |`,
			`| ${l} search page: Pagefind runtime fetched on opening (gzip) | ${kb(q.runtimeBytes)} |`,
			`| ${l} search: bytes fetched by the first query (gzip) | ${kb(q.firstSearchBytes)} |`,
		];
	}),
];
const cpu = cpus()[0]?.model ?? 'unknown CPU';
const report = [
	'# Benchmark',
	'',
	`Last run: ${new Date().toISOString().slice(0, 10)}, ${availableParallelism()} cores (${cpu}), Node ${process.version}, Chromium via Playwright. Reproduce with \`npm run bench\` (\`-- --pages N\` for another corpus size).`,
	'',
	`## Real site: ${real.pages} pages per language`,
	'',
	'| measure | value |',
	'| --- | --- |',
	...rows(real),
	'',
	`## Generated corpus: ${large.pages} pages per language`,
	'',
	'| measure | value |',
	'| --- | --- |',
	...rows(large),
	'',
	...(searchSection?.lines ?? []),
	'## Budgets',
	'',
	'| budget | result | measured |',
	'| --- | --- | --- |',
	...budgets.map(
		([name, ok, measured]) => `| ${name} | ${ok ? 'pass' : '**FAIL**'} | ${measured} |`,
	),
	'',
].join('\n');
await writeFile(values.out!, report);
console.log(report);
if (budgets.some(([, ok]) => !ok)) process.exitCode = 1;
