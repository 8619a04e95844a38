import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bestBetKey, buildBestBets, normalizeQuery, parseExcerpt } from './search-query.ts';

test('queries are NFKC-normalised: full-width and half-width forms become searchable', () => {
	assert.equal(normalizeQuery('ＷＡＦ'), 'waf');
	assert.equal(normalizeQuery('ｽﾃｰﾄﾌﾙ'), 'ステートフル');
	assert.equal(normalizeQuery('　ＧｕａｒｄＤｕｔｙ　 の  ＩＰリスト '), 'guardduty の ipリスト');
});

test('very long queries are capped', () => {
	assert.equal(normalizeQuery('a'.repeat(2000)).length, 200);
});

test('best bets match titles and aliases regardless of width, case and spaces', () => {
	const bets = buildBestBets([
		{
			url: '/ja/services/guardduty/',
			title: 'Amazon GuardDuty',
			aliases: ['Guard Duty', 'ガードデューティー'],
		},
		{ url: '/ja/services/network-acl/', title: 'ネットワーク ACL', aliases: ['NACL'] },
	]);
	assert.equal(bets[bestBetKey('guard duty')], '/ja/services/guardduty/');
	assert.equal(bets[bestBetKey('ｶﾞｰﾄﾞﾃﾞｭｰﾃｨｰ')], '/ja/services/guardduty/');
	assert.equal(bets[bestBetKey('ネットワークACL')], '/ja/services/network-acl/');
	assert.equal(bets[bestBetKey('ｎａｃｌ')], '/ja/services/network-acl/');
});

test('the first page to claim a name keeps it', () => {
	const bets = buildBestBets([
		{ url: '/a/', title: 'A', aliases: ['shared'] },
		{ url: '/b/', title: 'B', aliases: ['shared'] },
	]);
	assert.equal(bets.shared, '/a/');
});

test('excerpts become text parts; markup other than <mark> never survives', () => {
	assert.deepEqual(parseExcerpt('a <mark>b</mark> &amp; &lt;script&gt;'), [
		{ text: 'a ', marked: false },
		{ text: 'b', marked: true },
		{ text: ' & <script>', marked: false },
	]);
	assert.deepEqual(parseExcerpt('<img src=x onerror=alert(1)>text'), [
		{ text: 'text', marked: false },
	]);
});
