import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeQuery } from './search-intent.ts';
import { sampleLexicon } from './search-fixtures.ts';
import { rankResults, type Candidate } from './search-rank.ts';

const lexicon = sampleLexicon([{ words: ['who changed'], pages: ['iam'] }]);
const found = (slug: string, content: string, score = 1, hits = 1): Candidate => ({
	url: `/ja/services/${slug}/`,
	score,
	hits,
	content,
});
const order = (query: string, candidates: Candidate[] = [], facets = {}) =>
	rankResults(analyzeQuery(query, lexicon), candidates, lexicon.pages, facets).map((r) =>
		r.url.replace(/^\/ja\/(services\/)?|\/$/g, ''),
	);

test('a comparison of named pages puts their comparison first, then the pages as typed', () => {
	assert.deepEqual(order('NACL SG 違い', [found('inspector', 'NACL と SG', 5)]), [
		'compare/network-filtering',
		'network-acl',
		'security-group',
		'inspector',
	]);
});

test('a named page comes first even when Pagefind ranked it lower or missed it', () => {
	assert.deepEqual(order('Secrets Manager ローテーション', [found('iam', 'ローテーション', 9)]), [
		'secrets-manager',
		'iam',
	]);
});

test('need words come before page names, and page names before glossary terms', () => {
	assert.deepEqual(order('who changed my security group'), ['iam', 'security-group']);
	assert.deepEqual(order('ステートレス SG'), ['security-group', 'network-acl']);
});

test('a whole-word match beats a shared prefix: ステートフル is not ステートレス or ステートメント', () => {
	const candidates = [
		found('iam', 'ポリシーのステートメントとフルアクセス', 9),
		found('audit-readiness', 'ステートレスなルールとフル', 8),
		found('inspector', 'ステートフルな検査', 2),
	];
	assert.deepEqual(order('ステートフル', candidates), [
		'security-group',
		'inspector',
		'iam',
		'audit-readiness',
	]);
});

test('among found pages, more of the query words whole wins, then Pagefind', () => {
	const candidates = [
		found('iam', 'ルール', 9, 1),
		found('inspector', 'ルール 評価', 1, 2),
		found('audit-readiness', 'ルール 評価', 3, 2),
	];
	assert.deepEqual(order('ルール 評価', candidates), ['audit-readiness', 'inspector', 'iam']);
});

test('chosen facets leave out named pages outside them and the comparison pages', () => {
	assert.deepEqual(order('NACL vs インスペクター', [], { category: '検出' }), ['inspector']);
});
