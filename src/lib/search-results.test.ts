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
		category: 'ID',
	},
};

test('the best bet moves to the top when Pagefind found it', () => {
	const ordered = withBestBet([result('/a/'), result('/b/')], '/b/', {}, undefined);
	assert.deepEqual(
		ordered.map((r) => r.url),
		['/b/', '/a/'],
	);
});

test('a best bet Pagefind missed still comes first, built from the page table, escaped', () => {
	const [first, second] = withBestBet(
		[result('/a/')],
		'/ja/services/policy-generator/',
		pages,
		undefined,
	);
	assert.equal(first?.meta.title, 'AWS Policy Generator');
	assert.equal(first?.excerpt, 'IAM &#60;policy&#62; &#38; more');
	assert.equal(second?.url, '/a/');
});

test('a category filter that excludes the best bet keeps it out', () => {
	assert.deepEqual(withBestBet([], '/ja/services/policy-generator/', pages, 'Other'), []);
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
