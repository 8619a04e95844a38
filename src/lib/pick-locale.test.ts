import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pickLocale } from './pick-locale.ts';

test('the first supported browser language wins, by primary subtag', () => {
	assert.equal(pickLocale(['en-US', 'ja']), 'en');
	assert.equal(pickLocale(['fr-FR', 'ja-JP', 'en']), 'ja');
	assert.equal(pickLocale(['EN-gb']), 'en');
});

test('with no supported language the default (Japanese) is chosen', () => {
	assert.equal(pickLocale(['fr', 'de']), 'ja');
	assert.equal(pickLocale([]), 'ja');
});
