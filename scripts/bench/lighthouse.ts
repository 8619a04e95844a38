/**
 * Lighthouse scores of the pages readers land on most (a service page, the matrix, the search
 * page with a query), mobile profile, in the Chromium the tests use. Lighthouse is fetched with
 * npx when the benchmark runs, so it is not a dependency of the site; without the network the
 * report says why it has no scores.
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { findChromium } from '../../e2e/support/chromium.ts';
import { spread } from './stats.ts';

export const LIGHTHOUSE = 'lighthouse@13';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = {
	fcp: 'first-contentful-paint',
	lcp: 'largest-contentful-paint',
	tbt: 'total-blocking-time',
	cls: 'cumulative-layout-shift',
} as const;

export interface LighthouseFigures {
	path: string;
	/** Median score per category, 0–100. */
	scores: Record<(typeof CATEGORIES)[number], number>;
	/** Lowest performance score of the runs. */
	worstPerformance: number;
	/** Median metric values (ms; CLS unitless). */
	metrics: Record<keyof typeof METRICS, number>;
	runs: number;
}

interface LighthouseReport {
	categories: Record<string, { score: number | null }>;
	audits: Record<string, { numericValue?: number }>;
}

/** Runs Lighthouse `runs` times on each path (none for 0), or says why it could not run. */
export async function measureLighthouse(
	base: string,
	paths: readonly string[],
	runs: number,
): Promise<LighthouseFigures[] | { error: string }> {
	const figures: LighthouseFigures[] = [];
	if (runs < 1) return figures;
	for (const path of paths) {
		const reports: LighthouseReport[] = [];
		for (let run = 0; run < runs; run++) {
			const report = await runLighthouse(`${base}${path}`);
			if ('error' in report) return report;
			reports.push(report);
		}
		figures.push(summarize(path, reports));
	}
	return figures;
}

/** Medians of several reports of one page. */
export function summarize(path: string, reports: readonly LighthouseReport[]): LighthouseFigures {
	const score = (r: LighthouseReport, c: string) => Math.round((r.categories[c]?.score ?? 0) * 100);
	const median = (values: number[]) => spread(values).median;
	return {
		path,
		scores: Object.fromEntries(
			CATEGORIES.map((c) => [c, median(reports.map((r) => score(r, c)))]),
		) as LighthouseFigures['scores'],
		worstPerformance: Math.min(...reports.map((r) => score(r, 'performance'))),
		metrics: Object.fromEntries(
			Object.entries(METRICS).map(([key, audit]) => [
				key,
				median(reports.map((r) => r.audits[audit]?.numericValue ?? Number.NaN)),
			]),
		) as LighthouseFigures['metrics'],
		runs: reports.length,
	};
}

function runLighthouse(url: string): Promise<LighthouseReport | { error: string }> {
	const chrome = findChromium() ?? chromium.executablePath();
	const args = [
		'--yes',
		LIGHTHOUSE,
		url,
		'--quiet',
		'--output=json',
		'--output-path=stdout',
		`--chrome-path=${chrome}`,
		'--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
	];
	return new Promise((resolve) => {
		const child = spawn('npx', args, { stdio: ['ignore', 'pipe', 'pipe'] });
		let out = '';
		let err = '';
		child.stdout.on('data', (c) => (out += c));
		child.stderr.on('data', (c) => (err += c));
		child.on('error', (e) => resolve({ error: e.message }));
		child.on('exit', (code) => {
			if (code !== 0)
				return resolve({ error: `npx ${LIGHTHOUSE} exited ${code}: ${err.slice(-300)}` });
			try {
				resolve(JSON.parse(out) as LighthouseReport);
			} catch {
				resolve({ error: `npx ${LIGHTHOUSE} printed no JSON report` });
			}
		});
	});
}
