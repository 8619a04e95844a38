import { test } from 'node:test';
import assert from 'node:assert/strict';
import { currentSection } from './reading-position.ts';

const at = (...tops: number[]) => tops.map((top, i) => ({ id: `h${i}`, top }));

test('the current section is the last heading that has reached the line', () => {
	assert.equal(currentSection(at(-900, -200, 40, 600), 96), 'h2');
	assert.equal(currentSection(at(-900, -200, 97, 600), 96), 'h1');
});

test('a heading exactly on the line counts as reached', () => {
	assert.equal(currentSection(at(-10, 96), 96), 'h1');
});

test('above the first heading there is no current section', () => {
	assert.equal(currentSection(at(300, 900), 96), undefined);
	assert.equal(currentSection([], 96), undefined);
});

test('past the last heading the last section stays current', () => {
	assert.equal(currentSection(at(-3000, -2000, -1000), 96), 'h2');
});

test('position decides, not list order: a heading out of order does not cut the list short', () => {
	const headings = [
		{ id: 'rail', top: 200 },
		{ id: 'a', top: -500 },
		{ id: 'b', top: 30 },
		{ id: 'c', top: 900 },
	];
	assert.equal(currentSection(headings, 96), 'b');
});
