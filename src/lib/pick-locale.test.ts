import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pickLocale } from './pick-locale.ts';

test('the first supported browser language wins, by primary subtag', () => {
	assert.equal(pickLocale(['en-US', 'ja']), 'en');
	assert.equal(pickLocale(['fr-FR', 'ja-JP', 'en']), 'ja');
	assert.equal(pickLocale(['EN-gb']), 'en');
	assert.equal(pickLocale(['ja-JP']), 'ja');
});

test('every other language goes to English, not to the default Japanese', () => {
	assert.equal(pickLocale(['fr', 'de']), 'en');
	assert.equal(pickLocale(['de-DE']), 'en');
	assert.equal(pickLocale(['zh-CN', 'ko']), 'en');
	assert.equal(pickLocale([]), 'en');
});
