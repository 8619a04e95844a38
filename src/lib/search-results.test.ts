import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeByScore, withBestBet, type ResultData } from './search-results.ts';

const result = (url: string): ResultData => ({
	url,
	excerpt: '',
	meta: { title: url },
	filters: {},
	sub_results: [],
});
const pages = {
	'/ja/services/policy-generator/': {
		title: 'AWS Policy Generator',
		summary: 'IAM <policy> & more',
		facets: { category: 'ID', layer: 'Account' },
	},
};

test('the best bet moves to the top when Pagefind found it', () => {
	const ordered = withBestBet([result('/a/'), result('/b/')], '/b/', {}, {});
	assert.deepEqual(
		ordered.map((r) => r.url),
		['/b/', '/a/'],
	);
});

test('a best bet Pagefind missed still comes first, built from the page table, escaped', () => {
	const [first, second] = withBestBet([result('/a/')], '/ja/services/policy-generator/', pages, {});
	assert.equal(first?.meta.title, 'AWS Policy Generator');
	assert.equal(first?.excerpt, 'IAM &#60;policy&#62; &#38; more');
	assert.equal(second?.url, '/a/');
});

test('a facet that excludes the best bet keeps it out; matching facets keep it', () => {
	const url = '/ja/services/policy-generator/';
	assert.deepEqual(withBestBet([], url, pages, { category: 'Other' }), []);
	assert.deepEqual(withBestBet([], url, pages, { layer: 'Edge' }), []);
	const [kept] = withBestBet([], url, pages, { category: 'ID', layer: 'Account' });
	assert.deepEqual(kept?.filters, { category: ['ID'], layer: ['Account'] });
});

test('results of several queries merge by best score, each page once', () => {
	const merged = mergeByScore([
		[
			{ id: 'a', score: 1 },
			{ id: 'b', score: 3 },
		],
		[{ id: 'a', score: 5 }],
	]);
	assert.deepEqual(merged, [
		{ id: 'a', score: 5 },
		{ id: 'b', score: 3 },
	]);
});
