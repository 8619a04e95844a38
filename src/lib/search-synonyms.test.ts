import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { TOPIC_IDS } from './topics.ts';
import { bestBetKey } from './search-query.ts';
import { HUB_NAMES, SEARCH_SYNONYMS, TOPIC_NAMES } from './search-synonyms.ts';

const slugs = new Set(readdirSync('content/ja/services').map((f) => f.replace(/\.mdx$/, '')));

test('every need word points at pages that exist', () => {
	for (const synonym of SEARCH_SYNONYMS) {
		for (const slug of synonym.pages) assert.ok(slugs.has(slug), `${synonym.words[0]} → ${slug}`);
	}
});

test('no spelling belongs to two need entries (the first would silently win)', () => {
	const seen = new Map<string, string>();
	for (const synonym of SEARCH_SYNONYMS) {
		for (const word of synonym.words) {
			const key = bestBetKey(word);
			assert.ok(!seen.has(key), `"${word}" is listed for ${seen.get(key)} and ${synonym.pages[0]}`);
			seen.set(key, synonym.pages[0]!);
		}
	}
});

test('comparison names cover real topics, and the lists have names', () => {
	for (const id of Object.keys(TOPIC_NAMES))
		assert.ok((TOPIC_IDS as readonly string[]).includes(id), id);
	assert.deepEqual(Object.keys(HUB_NAMES).toSorted(), [
		'changes',
		'glossary',
		'map',
		'matrix',
		'misconceptions',
	]);
});
