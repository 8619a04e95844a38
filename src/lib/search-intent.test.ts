import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeQuery, asksForOnePage, contentWords, editDistance } from './search-intent.ts';
import { sampleLexicon } from './search-fixtures.ts';

const lexicon = sampleLexicon([{ words: ['who changed'], pages: ['iam'] }]);
const slugs = (query: string) =>
	analyzeQuery(query, lexicon).names.map((n) => lexicon.pages[n.pages[0]!]!.url.split('/').at(-2));
const topicOf = (query: string) => {
	const { topic } = analyzeQuery(query, lexicon);
	return topic === undefined ? undefined : lexicon.pages[topic]!.url;
};

test('names are found in unspaced Japanese, and a comparison of them finds its topic', () => {
	const a = analyzeQuery('ネットワークACLとセキュリティグループの違い', lexicon);
	assert.deepEqual(slugs(a.query), ['network-acl', 'security-group']);
	assert.equal(a.isComparison, true);
	assert.deepEqual(a.rest, []);
	assert.equal(topicOf(a.query), '/ja/compare/network-filtering/');
});

test('stop words in both languages never drown the names', () => {
	for (const query of [
		'NACL SG 違い',
		'NACL vs SG',
		'difference between network ACL and security group',
		'ＮＡＣＬ と ＳＧ どっち',
		'security group or NACL',
	]) {
		const a = analyzeQuery(query, lexicon);
		assert.deepEqual(a.rest, [], query);
		assert.equal(a.isComparison, true, query);
		assert.equal(topicOf(query), '/ja/compare/network-filtering/', query);
	}
	assert.deepEqual(slugs('NACL とは'), ['network-acl']);
	assert.deepEqual(analyzeQuery('what is a security group', lexicon).rest, []);
});

test('glossary terms compared find the topic of their pages', () => {
	const a = analyzeQuery('stateful vs stateless', lexicon);
	assert.deepEqual(slugs(a.query), ['security-group', 'network-acl']);
	assert.equal(a.isComparison, true);
	assert.equal(a.search, 'ステートフル ステートレス');
});

test('two names of one page, or names with other words and no comparison mark, are no comparison', () => {
	assert.equal(analyzeQuery('NACL ACL 違い', lexicon).isComparison, false);
	const a = analyzeQuery('セキュリティグループ インバウンド ルール', lexicon);
	assert.equal(a.isComparison, false);
	assert.deepEqual(a.rest, ['インバウンド', 'ルール']);
});

test('ASCII names never start or end inside a word', () => {
	assert.deepEqual(slugs('msg queue'), []);
	assert.deepEqual(slugs('nacl'), ['network-acl']);
	assert.deepEqual(slugs('sgs'), []);
});

test('a short katakana name inside a longer katakana word is not that name', () => {
	const lex = sampleLexicon([{ words: ['ロール'], pages: ['iam'] }]);
	assert.deepEqual(analyzeQuery('コントロール', lex).names, []);
	assert.equal(analyzeQuery('ロール 信頼', lex).names.length, 1);
	// A long name glued to the next word still counts.
	assert.deepEqual(slugs('セキュリティグループルール'), ['security-group']);
});

test('a need word and a page name: both named, the need first in the ranking input order', () => {
	const a = analyzeQuery('who changed my security group', lexicon);
	assert.deepEqual(
		a.names.map((n) => n.kind),
		['need', 'alias'],
	);
	assert.deepEqual(a.rest, []);
});

test('the words left are content words: particles, question frames and English stop words go', () => {
	assert.deepEqual(contentWords('ルールの評価順序とは'), ['ルール', '評価順序']);
	assert.deepEqual(contentWords('how to block sql injection'), ['block', 'sql', 'injection']);
	assert.deepEqual(contentWords('aws:sourcevpce を使う方法'), ['aws:sourcevpce', '使']);
});

test('a query of stop words only is searched as typed', () => {
	const a = analyzeQuery('違いとは', lexicon);
	assert.equal(a.search, '違いとは');
	assert.deepEqual(a.words, []);
});

test('a whole query that misspells one name finds it and searches by the page title', () => {
	const a = analyzeQuery('Secrets Manger', lexicon);
	assert.deepEqual(slugs(a.query), ['secrets-manager']);
	assert.equal(a.search, 'AWS Secrets Manager');
	assert.deepEqual(slugs('zzqqxxvv'), []);
	// A word inside a longer query is not corrected: it is too often another word.
	assert.deepEqual(slugs('rotate secrets manger'), []);
});

test('edit distance counts a swap of neighbours as one slip', () => {
	assert.equal(editDistance('gaurd', 'guard'), 1);
	assert.equal(editDistance('manger', 'manager'), 1);
	assert.equal(editDistance('abc', 'xyz', 1), 2);
});

test('units give each name its spellings (typed and searched) for whole-word checks', () => {
	const a = analyzeQuery('stateful ルール', lexicon);
	assert.deepEqual(a.units, [['stateful', 'ステートフル'], ['ルール']]);
});

test('markup is not searched: <u>NACL</u> is NACL, and a tag alone leaves nothing to search', () => {
	const a = analyzeQuery('<u>NACL</u>', lexicon);
	assert.deepEqual(slugs('<u>NACL</u>'), ['network-acl']);
	assert.deepEqual(a.rest, []);
	assert.equal(a.search, 'nacl');
	assert.equal(a.query, '<u>nacl</u>'); // what the reader typed is still what the page echoes
	const tag = analyzeQuery('<u>', lexicon);
	assert.equal(tag.search, '');
	assert.deepEqual(tag.words, []);
});

test('lone Latin letters are not search words; a lone kanji is', () => {
	assert.deepEqual(contentWords('u waf u'), ['waf']);
	assert.deepEqual(contentWords('s 3 ルール'), ['ルール']);
	assert.deepEqual(contentWords('鍵 の 管理'), ['鍵', '管理']);
	assert.equal(analyzeQuery('x y', lexicon).search, '');
});

test('a query that only names one page asks for that page, not for a section of it', () => {
	const asks = (query: string) => asksForOnePage(analyzeQuery(query, lexicon));
	assert.equal(asks('ネットワーク ACL とは'), true);
	assert.equal(asks('セキュリティグループ'), true);
	assert.equal(
		asks('セキュリティグループ 上限'),
		false,
		'a word beyond the name asks for a section',
	);
	assert.equal(asks('NACL SG 違い'), false, 'a comparison');
	assert.equal(asks('ステートフル'), false, 'a glossary term asks for its explanation');
});
