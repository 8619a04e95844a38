import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSnippet, findTerm, markTerms, type FragmentText } from './search-excerpt.ts';

const Z = '\u200B';
/** A Japanese fragment as Pagefind stores it: words joined by U+200B, blocks by ". ". */
function ja(url: string, title: string, sections: [string, string, string][]): FragmentText {
	const words: string[] = [];
	const anchors: FragmentText['anchors'][number][] = [];
	const add = (text: string) => words.push(...text.split('|'));
	add(title + '.|');
	for (const [id, heading, body] of sections) {
		if (id) anchors.push({ id, text: heading.replaceAll('|', ''), location: words.length });
		if (heading) add(heading + '.|');
		add(body);
	}
	return { url, raw_content: words.join(Z), meta: { title }, anchors, locations: [] };
}

const acl = ja('/ja/services/network-acl/', 'ネットワーク ACL', [
	['', '', 'サブネット|単位|の|ファイアウォール|です|。'],
	[
		'stateless',
		'ステートレス|と|戻り',
		'ネットワーク ACL|は|ステートレス|です|。|セキュリティグループ|は|ステートフル|です|。|応答|も|評価|さ|れ|ます|。',
	],
	['rules', 'ルール', 'ルール番号|. |評価|の|順番|. |ステートメント|. |なし'],
]);

test('the section holding the query words is the match, and the excerpt is its sentence', () => {
	const snippet = buildSnippet(acl, [['ステートフル']], 'ja');
	assert.deepEqual(snippet.section, {
		title: 'ステートレスと戻り',
		url: '/ja/services/network-acl/#stateless',
	});
	const text = snippet.parts.map((p) => p.text).join('');
	assert.equal(text, 'セキュリティグループはステートフルです。応答も評価されます。');
	assert.deepEqual(
		snippet.parts.filter((p) => p.marked).map((p) => p.text),
		['ステートフル'],
	);
	assert.equal(snippet.firstMark, 'ステートフル');
});

test('ステートフル never marks ステートレス or ステートメント', () => {
	const parts = markTerms('ステートレスとステートメントとステートフル', ['ステートフル']);
	assert.deepEqual(
		parts.filter((p) => p.marked).map((p) => p.text),
		['ステートフル'],
	);
});

test('Japanese table cells are blocks: the ". " joiner is never shown', () => {
	const text = buildSnippet(acl, [['順番']], 'ja')
		.parts.map((p) => p.text)
		.join('');
	assert.equal(text, '評価の順番');
});

test('the top of the page is not a section', () => {
	const snippet = buildSnippet(acl, [['サブネット']], 'ja');
	assert.equal(snippet.section, undefined);
	assert.equal(snippet.parts.map((p) => p.text).join(''), 'サブネット単位のファイアウォールです。');
});

const long: FragmentText = {
	url: '/en/services/waf/',
	raw_content:
		'AWS WAF. AWS WAF inspects web requests. Rate-based rules count the requests that each client sends over a sliding window, and block a client, for example an address that sends more than 2,000 requests within five minutes, until its rate falls back under the limit you set for the rule. Other text.',
	meta: { title: 'AWS WAF' },
	anchors: [],
	locations: [],
};

test('a long sentence is cut at phrase boundaries with "…", never mid-word', () => {
	const snippet = buildSnippet(long, [['window']], 'en');
	const text = snippet.parts.map((p) => p.text).join('');
	assert.match(text, /^(…)?[A-Z0-9a-z]/);
	assert.ok(text.length <= 224, text);
	assert.ok(text.includes('window'), text);
	assert.match(text, /(\.|…)$/);
	for (const word of text.replace(/…/g, '').split(/\s+/)) {
		assert.ok(long.raw_content.includes(word), `${word} is a whole word of the page`);
	}
});

test('English terms match whole words, with plurals, whatever the case', () => {
	assert.equal(findTerm('NACL rules', 'acl'), -1);
	assert.equal(findTerm('Network ACLs are stateless', 'acl'), 8);
	assert.equal(findTerm('two Firewalls', 'firewall'), 4);
	assert.deepEqual(
		markTerms('security groups', ['security group']).map((p) => p.marked),
		[true],
	);
});

test('a term typed without spaces still marks the spaced text', () => {
	assert.deepEqual(
		markTerms('ネットワーク ACL は', ['ネットワークacl']).map((p) => p.text),
		['ネットワーク ACL', ' は'],
	);
});

test('a section whose heading names the words wins over one that only mentions them', () => {
	const glossary = ja('/ja/glossary/', '用語集', [
		['return-traffic', '戻り|トラフィック', '応答|は|ステートフル|なら|許可|。'],
		['stateful', 'ステートフル', '接続|の|状態|を|記録|する|方式|。'],
	]);
	assert.equal(
		buildSnippet(glossary, [['ステートフル']], 'ja').section?.url,
		'/ja/glossary/#stateful',
	);
});

test('a sentence using the words beats a table cell using them; cells never join', () => {
	const page = ja('/ja/services/network-acl/', 'ネットワーク ACL', [
		['', '', '説明|です|。'],
		[
			'default',
			'デフォルト',
			'種類 |内容 |デフォルト|の|ネットワーク ACL|. |VPC |の|作成|時|に|作成|. |自分|で|作る|ネットワーク ACL|は|すべて|拒否|します|。',
		],
	]);
	const text = buildSnippet(page, [['ネットワークacl']], 'ja')
		.parts.map((p) => p.text)
		.join('');
	assert.equal(text, '自分で作るネットワーク ACLはすべて拒否します。');
	const cells = ja('/ja/x/', 'x', [
		['t', '表', '種類 |内容 |デフォルト|の|ネットワーク ACL|. |VPC |の|作成|時'],
	]);
	assert.equal(
		buildSnippet(cells, [['ネットワークacl']], 'ja')
			.parts.map((p) => p.text)
			.join(''),
		'種類 内容 デフォルトのネットワーク ACL',
	);
});

test('a long Japanese sentence is never cut open inside parentheses', () => {
	const long = ja('/ja/services/inspector/', 'Amazon Inspector', [
		[
			'',
			'',
			'Amazon Inspector|は|、|EC2 |インスタンス|、|コンテナイメージ|、|Lambda |関数|を|対象|に|、|ソフトウェア|の|既知|の|脆弱性|と|意図|しない|ネットワーク|への|露出|を|自動|で|継続|的|に|検出|して|、|リスク|の|高い|順|に|並べる|（|いわゆる|脆弱性診断|を|自動化|する|）|サービス|です|。',
		],
	]);
	const text = buildSnippet(long, [['脆弱性診断']], 'ja')
		.parts.map((p) => p.text)
		.join('');
	assert.ok(text.includes('脆弱性診断'), text);
	assert.ok(!/^…[^（]*）/.test(text), text);
	assert.ok(text.startsWith('…'), text);
});
