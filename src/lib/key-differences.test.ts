import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ComparisonTable, Row } from './comparison.ts';
import { keyDifferences } from './key-differences.ts';
import type { TopicColumn } from './topics.ts';

/** A table from rows of `column: [keys]`; values and rank are irrelevant here. */
function table(
	columns: TopicColumn[],
	rows: Record<string, Record<string, string[]>>,
): ComparisonTable {
	return {
		columns,
		rows: Object.entries(rows).map(([slug, cells]): Row => ({
			slug,
			title: slug,
			cells: Object.fromEntries(
				Object.entries(cells).map(([c, keys]) => [c, { keys, values: keys, rank: 0 }]),
			) as Row['cells'],
		})),
	};
}

const filtering = table(['attachesTo', 'stateful', 'pricing', 'protects'], {
	nacl: {
		attachesTo: ['attachesTo.subnet'],
		stateful: ['stateful.stateless'],
		pricing: ['pricing.free'],
		protects: ['resource.a', 'resource.b', 'resource.c'],
	},
	sg: {
		attachesTo: ['attachesTo.network-interface'],
		stateful: ['stateful.stateful'],
		pricing: ['pricing.free'],
		protects: ['resource.a'],
	},
	nfw: {
		attachesTo: ['attachesTo.vpc'],
		stateful: ['stateful.stateful'],
		pricing: ['pricing.paid'],
		protects: [],
	},
} as never);

const slugs = (rows: Row[]) => rows.map((r) => r.slug);

test('a column where rows differ groups the pages by value, in order of first appearance', () => {
	const stateful = keyDifferences(filtering).find((d) => d.column === 'stateful')!;
	assert.deepEqual(
		stateful.groups.map((g) => [g.keys, slugs(g.rows)]),
		[
			[['stateful.stateless'], ['nacl']],
			[['stateful.stateful'], ['sg', 'nfw']],
		],
	);
});

test('columns where every row is the same, and list columns, are left out', () => {
	const same = table(['pricing', 'stateful'], {
		a: { pricing: ['pricing.free'], stateful: ['stateful.stateful'] },
		b: { pricing: ['pricing.free'], stateful: ['stateful.stateless'] },
	} as never);
	assert.deepEqual(
		keyDifferences(same).map((d) => d.column),
		['stateful'],
	);
	assert.ok(!keyDifferences(filtering).some((d) => d.column === 'protects'));
});

test('contrasts (shared values) come before columns where every row differs; output keeps column order', () => {
	assert.deepEqual(
		keyDifferences(filtering).map((d) => d.column),
		['attachesTo', 'stateful', 'pricing'],
	);
	assert.deepEqual(
		keyDifferences(filtering, 2).map((d) => d.column),
		['stateful', 'pricing'],
	);
});

test('a page without a value forms its own group (shown as a dash)', () => {
	const t = table(['lifecycle'], {
		a: { lifecycle: ['lifecycle.available'] },
		b: { lifecycle: [] },
	} as never);
	assert.deepEqual(
		keyDifferences(t)[0]!.groups.map((g) => g.keys),
		[['lifecycle.available'], []],
	);
});

test('a table of one row has no differences', () => {
	assert.deepEqual(
		keyDifferences(table(['pricing'], { a: { pricing: ['pricing.free'] } } as never)),
		[],
	);
});
