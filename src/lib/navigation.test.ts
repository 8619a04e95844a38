import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
	buildNavGroups,
	findPrevNext,
	orderedEntries,
	previewNavGroups,
	sidebarGroups,
} from './navigation.ts';
import { entry } from './test-fixtures.ts';

const entries = [
	entry('en', 'guardduty', { category: 'detection-response', order: 1 }),
	entry('en', 'detective', { category: 'detection-response', order: 3 }),
	entry('en', 'security-hub', { category: 'detection-response', order: 2 }),
	entry('en', 'waf', { category: 'network-application-protection', order: 4 }),
	entry('en', 'macie', { category: 'data-protection' }),
	entry('ja', 'waf', { category: 'network-application-protection' }),
];

test('pages are ordered by category order, then `order`, then title', () => {
	assert.deepEqual(
		orderedEntries(entries, 'en').map((e) => e.id),
		[
			'en/services/waf',
			'en/services/guardduty',
			'en/services/security-hub',
			'en/services/detective',
			'en/services/macie',
		],
	);
});

test('sidebar groups follow CATEGORIES and drop empty categories', () => {
	const groups = buildNavGroups(orderedEntries(entries, 'en'));
	assert.deepEqual(
		groups.map((g) => g.category),
		['network-application-protection', 'detection-response', 'data-protection'],
	);
	assert.deepEqual(
		groups[1]!.items.map((i) => i.slug),
		['guardduty', 'security-hub', 'detective'],
	);
});

test('prev/next cross category boundaries and stop at both ends', () => {
	assert.deepEqual(findPrevNext(orderedEntries(entries, 'en'), 'guardduty'), {
		prev: { slug: 'waf', title: 'waf' },
		next: { slug: 'security-hub', title: 'security-hub' },
	});
	assert.equal(findPrevNext(orderedEntries(entries, 'en'), 'waf').prev, undefined);
	assert.equal(findPrevNext(orderedEntries(entries, 'en'), 'macie').next, undefined);
});

test('a category preview keeps its first pages in reading order and counts them all', () => {
	const preview = previewNavGroups(buildNavGroups(orderedEntries(entries, 'en')), 2);
	const detection = preview.find((g) => g.category === 'detection-response')!;
	assert.deepEqual(
		detection.items.map((i) => i.slug),
		['guardduty', 'security-hub'],
	);
	assert.equal(detection.total, 3);
	assert.equal(preview.find((g) => g.category === 'data-protection')!.total, 1);
});

test('sidebar groups are built once per reading order and cannot be changed by a caller', () => {
	const ordered = orderedEntries(entries, 'en');
	const groups = buildNavGroups(ordered);
	assert.equal(buildNavGroups(ordered), groups);
	assert.throws(() => (groups[0]!.items as unknown[]).push('x'), TypeError);
});

test('the sidebar opens the current category and lists other categories only while they are small', () => {
	const item = (slug: string) => ({ slug, title: slug });
	const groups = [
		{ category: 'network-application-protection' as const, items: ['waf', 'shield'].map(item) },
		{
			category: 'detection-response' as const,
			items: ['guardduty', 'inspector', 'macie'].map(item),
		},
		{ category: 'data-protection' as const, items: ['kms'].map(item) },
	];
	const sidebar = sidebarGroups(groups, 'inspector', 2);
	assert.deepEqual(
		sidebar.map((g) => [g.category, g.open, g.total, g.items?.map((i) => i.slug)]),
		[
			['network-application-protection', false, 2, ['waf', 'shield']],
			['detection-response', true, 3, ['guardduty', 'inspector', 'macie']],
			['data-protection', false, 1, ['kms']],
		],
	);
	const small = sidebarGroups(groups, 'kms', 2);
	assert.equal(small[1]!.items, undefined, 'a folded category above the limit is a link only');
	assert.equal(small[1]!.total, 3);
});
