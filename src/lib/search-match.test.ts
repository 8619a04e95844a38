import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasWord, latinWords, missingWords } from './search-match.ts';

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
	assert.deepEqual(missingWords('何もない', 'ステートフル'), []);
});
