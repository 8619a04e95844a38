import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bestBetKey, isTooShort, normalizeQuery } from './search-query.ts';

test('queries are NFKC-normalised: full-width and half-width forms become searchable', () => {
	assert.equal(normalizeQuery('ＷＡＦ'), 'waf');
	assert.equal(normalizeQuery('ｽﾃｰﾄﾌﾙ'), 'ステートフル');
	assert.equal(normalizeQuery('　ＧｕａｒｄＤｕｔｙ　 の  ＩＰリスト '), 'guardduty の ipリスト');
});

test('very long queries are capped', () => {
	assert.equal(normalizeQuery('a'.repeat(2000)).length, 200);
});

test('lookup keys ignore width, case, spaces and middle dots', () => {
	assert.equal(bestBetKey('Guard Duty'), 'guardduty');
	assert.equal(bestBetKey('ｶﾞｰﾄﾞﾃﾞｭｰﾃｨｰ'), 'ガードデューティー');
	assert.equal(bestBetKey('ネットワーク ACL'), bestBetKey('ネットワークＡＣＬ'));
	assert.equal(bestBetKey('許可・拒否'), '許可拒否');
});

test('one kana or letter is too short to search; one kanji is a word', () => {
	assert.equal(isTooShort('ス'), true);
	assert.equal(isTooShort('ｋ'), true);
	assert.equal(isTooShort('　'), true);
	assert.equal(isTooShort('鍵'), false);
	assert.equal(isTooShort('SG'), false);
});
