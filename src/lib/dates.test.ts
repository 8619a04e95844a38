import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDate } from './dates.ts';

test('dates read as each language writes them', () => {
	assert.equal(formatDate('2025-09-30', 'ja'), '2025 年 9 月 30 日');
	assert.equal(formatDate('2026-02-01', 'en'), 'February 1, 2026');
});

test('a malformed date names itself instead of printing NaN', () => {
	assert.throws(() => formatDate('30/09/2025', 'en'), /YYYY-MM-DD, got "30\/09\/2025"/);
});
