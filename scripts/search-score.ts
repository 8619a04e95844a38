/**
 * Scores the search query set (e2e/search-queries.json) against the built site in dist/ and
 * prints the score and every miss. Usage: npm run search:score [-- --port 4422]
 * Exits with 1 below the bar (every query within its rank, TOP1_BAR of them first).
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { findChromium } from '../e2e/support/chromium.ts';
import {
	formatScore,
	readQuerySet,
	scoreQuerySet,
	TOP1_BAR,
	type QuerySetScore,
} from '../e2e/support/query-set.ts';
import { LOCALES } from '../src/i18n/locales.ts';

const { values } = parseArgs({
	options: {
		port: { type: 'string', default: '4422' },
		dir: { type: 'string', default: 'dist' },
		only: { type: 'string' },
		queries: { type: 'string', default: 'e2e/search-queries.json' },
		verbose: { type: 'boolean', default: false },
	},
});
const server = spawn(
	process.execPath,
	[resolve('scripts/serve.ts'), '--port', values.port!, '--dir', values.dir!],
	{ stdio: ['ignore', 'pipe', 'inherit'] },
);
await new Promise((ready) => server.stdout!.once('data', ready));
const browser = await chromium.launch({
	executablePath: findChromium(),
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const set = readQuerySet(values.queries);
let failed = false;
try {
	for (const locale of LOCALES) {
		if (values.only && values.only !== locale) continue;
		const page = await browser.newPage();
		await page.goto(`http://localhost:${values.port}/${locale}/search/`);
		const score: QuerySetScore = await scoreQuerySet(page, set[locale]);
		console.log(formatScore(locale, score));
		for (const miss of score.misses) console.log(`  miss: ${miss}`);
		if (values.verbose) for (const q of score.notFirst) console.log(`  not first: ${q}`);
		failed ||= score.misses.length > 0 || score.top1 / score.total < TOP1_BAR;
		await page.close();
	}
} finally {
	await browser.close();
	server.kill();
}
if (failed) process.exitCode = 1;
