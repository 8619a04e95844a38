import { test } from 'node:test';
import assert from 'node:assert/strict';
import { summarize } from './lighthouse.ts';

const report = (performance: number, lcp: number) => ({
	categories: {
		performance: { score: performance },
		accessibility: { score: 1 },
		'best-practices': { score: 1 },
		seo: { score: 0.92 },
	},
	audits: {
		'first-contentful-paint': { numericValue: 900 },
		'largest-contentful-paint': { numericValue: lcp },
		'total-blocking-time': { numericValue: 20 },
		'cumulative-layout-shift': { numericValue: 0 },
	},
});

test('Lighthouse runs of a page sum up to median scores, the worst performance and median metrics', () => {
	const figures = summarize('ja/compare/', [
		report(1, 1400),
		report(0.97, 2100),
		report(0.99, 1500),
	]);
	assert.deepEqual(figures.scores, {
		performance: 99,
		accessibility: 100,
		'best-practices': 100,
		seo: 92,
	});
	assert.equal(figures.worstPerformance, 97);
	assert.equal(figures.metrics.lcp, 1500);
	assert.equal(figures.runs, 3);
});
