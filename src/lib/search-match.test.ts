import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
	brokenKatakana,
	hasWord,
	holdsWhole,
	japaneseWords,
	latinWords,
	missingWords,
} from './search-match.ts';

test('a word Pagefind only guessed from a shorter indexed word is missing from the page', () => {
	// Pagefind answers qqzzxx with the "Q" of Amazon Q, wafqqq with WAF.
	assert.deepEqual(missingWords('Amazon Q Developer reviews code.', 'qqzzxx'), ['qqzzxx']);
	assert.deepEqual(missingWords('AWS WAF inspects requests.', 'wafqqq'), ['wafqqq']);
	assert.deepEqual(missingWords('AWS WAF と Q のページ', 'qqzzxx waf'), ['qqzzxx']);
});

test('a word the page holds, begins or inflects is not missing', () => {
	assert.equal(hasWord('AWS WAF inspects requests.', 'waf'), true);
	assert.equal(hasWord('AWS WAF inspects requests.', 'insp'), true); // typing on
	assert.equal(hasWord('Encrypt the logs.', 'encrypted'), true);
	assert.equal(hasWord('One policy per account.', 'policies'), true);
	assert.equal(hasWord('Inspector scans images.', 'scanning'), true);
	assert.equal(hasWord('A secure default.', 'security'), true);
	assert.equal(hasWord('Amazon GuardDuty', 'duty'), true); // Pagefind splits camelCase
	assert.equal(hasWord('ＷＡＦ の設定', 'waf'), true);
});

test('short stems are not trusted: "uses" does not match "us"', () => {
	assert.equal(hasWord('Contact us.', 'uses'), false);
	assert.equal(hasWord('Contact us.', 'use'), false);
});

test('only Latin words of two or more characters are checked', () => {
	assert.deepEqual(latinWords('WAF のルール s3-bucket u'), ['waf', 's3', 'bucket']);
	assert.deepEqual(latinWords('ステートフル 鍵'), []);
});

test('a Japanese word Pagefind only guessed is missing; one inside a longer word is not', () => {
	// Pagefind's text puts zero-width spaces between Japanese words.
	const page = 'デフォルト\u200bの\u200bファイアウォール\u200bルール';
	assert.deepEqual(missingWords(page, 'フォージェリ'), ['フォージェリ']);
	assert.deepEqual(missingWords(page, 'ウォール'), []);
	assert.deepEqual(missingWords(page, 'ファイアウォール の ルール'), []);
});

test('the Japanese words of a query are split as the browser splits them', () => {
	assert.deepEqual(japaneseWords('ステートフル と WAF'), ['ステート', 'フル', 'と']);
});

test('a katakana word split down to single letters must be held whole', () => {
	assert.deepEqual(brokenKatakana('クロスサイトリクエストフォージェリ'), [
		'クロスサイトリクエストフォージェリ',
	]);
	// Split into words of two letters or more: each piece still narrows the search.
	assert.deepEqual(brokenKatakana('ステートフル ファイアウォール'), []);
	const waf = 'クロス\u200bサイト\u200bスクリプティング\u200b・\u200bリクエスト\u200bフォーム';
	assert.equal(holdsWhole(waf, brokenKatakana('クロスサイトリクエストフォージェリ')), false);
	assert.equal(holdsWhole('マネージド ルールグループ', ['マネージドルールグループ']), true);
});
