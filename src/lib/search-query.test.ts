import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
	bestBetKey,
	dropLoneLetters,
	isTooShort,
	normalizeQuery,
	stripMarkup,
} from './search-query.ts';

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

test('markup around query words is not searched', () => {
	assert.equal(stripMarkup('<u>waf</u>'), 'waf');
	assert.equal(stripMarkup('<b class="x">WAF</b> の<br/>ルール'), 'WAF の ルール');
	assert.equal(stripMarkup('<!-- note -->guardduty'), 'guardduty');
	assert.equal(stripMarkup('<zzqqxxvv>'), '');
	// A lone "<" is not markup.
	assert.equal(stripMarkup('a < b'), 'a < b');
});

test('lone Latin letters and digits are dropped; one kanji stays a word', () => {
	assert.equal(dropLoneLetters('u waf u'), 'waf');
	assert.equal(dropLoneLetters('s3 の a ルール'), 's3 の ルール');
	assert.equal(dropLoneLetters('鍵 x'), '鍵');
	assert.equal(dropLoneLetters('vs'), 'vs');
});
