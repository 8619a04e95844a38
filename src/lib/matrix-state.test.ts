import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareRows, readMatrixState, rowMatches, writeMatrixState } from './matrix-state.ts';

test('filter and sort state round-trips through the URL', () => {
	const state = readMatrixState(
		'?layer=edge&pricing=free&sort=layer&dir=desc',
		['layer', 'pricing'],
		['layer'],
	);
	assert.deepEqual(state, {
		filters: { layer: 'edge', pricing: 'free' },
		sort: 'layer',
		descending: true,
	});
	assert.equal(writeMatrixState(state), '?layer=edge&pricing=free&sort=layer&dir=desc');
	assert.deepEqual(
		readMatrixState(writeMatrixState(state), ['layer', 'pricing'], ['layer']),
		state,
	);
});

test('unknown filters and sort columns in a URL are ignored', () => {
	const state = readMatrixState('?colour=red&sort=<script>', ['layer'], ['layer']);
	assert.deepEqual(state, { filters: {}, sort: undefined, descending: false });
	assert.equal(writeMatrixState(state), '');
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
