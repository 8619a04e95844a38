import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateTime, formatDate } from './dates.ts';

test('dates read as each language writes them', () => {
	assert.equal(formatDate('2025-09-30', 'ja'), '2025 年 9 月 30 日');
	assert.equal(formatDate('2026-02-01', 'en'), 'February 1, 2026');
});

test('a month-only date reads as the month, and its timestamp is the first of the month', () => {
	assert.equal(formatDate('2026-04', 'ja'), '2026 年 4 月');
	assert.equal(formatDate('2026-04', 'en'), 'April 2026');
	assert.equal(dateTime('2026-04'), '2026-04-01T00:00:00Z');
	assert.equal(dateTime('2025-09-30'), '2025-09-30T00:00:00Z');
});

test('a malformed date names itself instead of printing NaN', () => {
	assert.throws(() => formatDate('30/09/2025', 'en'), /YYYY-MM-DD or YYYY-MM, got "30\/09\/2025"/);
});
