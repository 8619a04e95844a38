// The benchmark's summaries: medians and ranges over interleaved runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatSpread, percentile, spread } from './stats.ts';

test('the median of an odd count is the middle value', () => {
	assert.deepEqual(spread([3, 1, 2]), { median: 2, min: 1, max: 3, runs: 3 });
});

test('the median of an even count is the mean of the middle two', () => {
	assert.equal(spread([4, 1, 2, 3]).median, 2.5);
});

test('one run is shown without a range', () => {
	assert.equal(formatSpread(spread([12.34]), 1, ' s'), '12.3 s');
	assert.equal(formatSpread(spread([13.4, 12.1, 12.9]), 1, ' s'), '12.9 s (12.1–13.4)');
});

test('percentiles take the nearest rank', () => {
	assert.equal(percentile([5, 1, 4, 2, 3], 95), 5);
	assert.equal(percentile([5, 1, 4, 2, 3], 50), 3);
});
