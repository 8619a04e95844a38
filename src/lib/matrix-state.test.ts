import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareRows, readMatrixState, rowMatches, writeMatrixState } from './matrix-state.ts';

const OPTIONS = { layer: ['edge', 'network'], pricing: ['free', 'paid'] };

test('filter and sort state round-trips through the URL', () => {
	const state = readMatrixState('?layer=edge&pricing=free&sort=layer&dir=desc', OPTIONS, ['layer']);
	assert.deepEqual(state, {
		filters: { layer: 'edge', pricing: 'free' },
		sort: 'layer',
		descending: true,
	});
	assert.equal(writeMatrixState(state), '?layer=edge&pricing=free&sort=layer&dir=desc');
	assert.deepEqual(readMatrixState(writeMatrixState(state), OPTIONS, ['layer']), state);
});

test('unknown filters, filter values and sort columns in a URL are ignored', () => {
	const state = readMatrixState(
		'?colour=red&layer=<img src=x>&pricing=paid&sort=<script>',
		OPTIONS,
		['layer'],
	);
	assert.deepEqual(state, { filters: { pricing: 'paid' }, sort: undefined, descending: false });
	assert.equal(writeMatrixState(state), '?pricing=paid');
});

test('a row matches when every filter value is among its values', () => {
	assert.ok(rowMatches({ layer: 'edge', osiLayers: '3 4 7' }, { layer: 'edge' }));
	assert.ok(!rowMatches({ layer: 'vpc' }, { layer: 'edge' }));
	assert.ok(!rowMatches({}, { layer: 'edge' }));
	assert.ok(rowMatches({ layer: 'vpc' }, {}));
});

test('sorting keeps empty cells last in both directions', () => {
	const rows = [
		{ rank: Infinity, title: 'none' },
		{ rank: 2, title: 'two' },
		{ rank: 0, title: 'zero' },
	];
	assert.deepEqual(
		rows.toSorted((a, b) => compareRows(a, b, false)).map((r) => r.title),
		['zero', 'two', 'none'],
	);
	assert.deepEqual(
		rows.toSorted((a, b) => compareRows(a, b, true)).map((r) => r.title),
		['two', 'zero', 'none'],
	);
});
