import { test } from 'node:test';
import { readdirSync } from 'node:fs';
import assert from 'node:assert/strict';
import { GLOSSARY } from '../i18n/glossary.ts';
import {
	compileMatchers,
	findAvoidedSpellings,
	firstUses as firstUsesOf,
	glossaryBestBets,
	parseGlossary,
	synonymTable,
} from './glossary.ts';
import { bestBetKey } from './search-query.ts';
import type { GlossaryTerm } from '../i18n/glossary-schema.ts';
import type { Locale } from '../i18n/locales.ts';

const firstUses = (
	text: string,
	list: readonly GlossaryTerm[],
	locale: Locale,
	seen: Set<string>,
) => firstUsesOf(text, compileMatchers(list, locale), seen);

const { terms } = parseGlossary(
	[
		{
			id: 'stateful',
			group: 'network',
			ja: { term: 'ステートフル', definition: 'd' },
			en: { term: 'stateful', definition: 'd' },
			pages: ['security-group'],
		},
		{
			id: 'acl',
			group: 'network',
			ja: { term: 'ACL', definition: 'd' },
			en: { term: 'ACL', definition: 'd' },
		},
		{
			id: 'network-acl',
			group: 'network',
			ja: { term: 'ネットワーク ACL', definition: 'd' },
			en: { term: 'network ACL', also: ['network ACLs', 'NACL'], definition: 'd' },
			pages: ['network-acl'],
		},
		{
			id: 'firewall',
			group: 'network',
			ja: { term: 'ファイアウォール', avoid: ['ファイヤーウォール'], definition: 'd' },
			en: { term: 'firewall', definition: 'd' },
		},
	],
	['security-group', 'network-acl'],
);

test('the real glossary is valid and points at existing pages', () => {
	const slugs = readdirSync('content/ja/services').map((name) => name.replace(/\.mdx$/, ''));
	const parsed = parseGlossary(GLOSSARY, slugs);
	assert.deepEqual(parsed.problems, []);
	assert.ok(parsed.terms.length >= 40);
});

test('a glossary mistake names the term and field', () => {
	const { problems } = parseGlossary(
		[
			{
				id: 'x',
				group: 'network',
				ja: { term: 'x', definition: 'd' },
				en: { term: 'x', definition: 'd' },
				pages: ['nope'],
			},
			{
				id: 'x',
				group: 'network',
				ja: { term: 'y', definition: 'd' },
				en: { term: 'y', definition: '' },
			},
		],
		[],
	);
	assert.deepEqual(
		problems.map((p) => p.field),
		['x.pages', '[1].en.definition'],
	);
});

test('first uses: each term once, longest spelling wins, ASCII as whole words', () => {
	const seen = new Set<string>();
	const text =
		'A network ACL filters. Stateful firewalls differ from a firewall. Another network ACL.';
	const found = firstUses(text, terms, 'en', seen).map((m) => [m.id, text.slice(m.start, m.end)]);
	assert.deepEqual(found, [
		['network-acl', 'network ACL'],
		['stateful', 'Stateful'],
		['firewall', 'firewall'],
	]);
	assert.deepEqual(firstUses('stateful again', terms, 'en', seen), []);
	assert.deepEqual(firstUses('statefulness', terms, 'en', new Set()), []);
});

test('a term inside a product name or a longer term is not a use', () => {
	const found = (text: string) =>
		firstUses(text, terms, 'en', new Set()).map((m) => text.slice(m.start, m.end));
	assert.deepEqual(found('Use AWS Network Firewall here.'), []);
	assert.deepEqual(found('The ACL of a network ACL.'), ['ACL', 'network ACL']);
	assert.deepEqual(found('employee acl numbers'), [], 'acronyms match case-sensitively');
});

test('Japanese terms do not match inside a longer katakana or kanji word', () => {
	const { terms: ja } = parseGlossary(
		[
			{
				id: 'control',
				group: 'detection',
				ja: { term: 'コントロール', definition: 'd' },
				en: { term: 'control', definition: 'd' },
			},
			{
				id: 'audit',
				group: 'compliance',
				ja: { term: '監査', definition: 'd' },
				en: { term: 'audit', definition: 'd' },
			},
		],
		[],
	);
	const found = (text: string) => firstUses(text, ja, 'ja', new Set()).map((m) => m.id);
	assert.deepEqual(found('サービスコントロールポリシーと監査人'), []);
	assert.deepEqual(found('コントロールを監査で確認します'), ['control', 'audit']);
});

test('a shorter spelling counts where a longer one starting at the same place does not', () => {
	const { terms: ja } = parseGlossary(
		[
			{
				id: 'audit-log',
				group: 'compliance',
				ja: { term: '監査ログ', definition: 'd' },
				en: { term: 'audit log', definition: 'd' },
			},
			{
				id: 'audit',
				group: 'compliance',
				ja: { term: '監査', definition: 'd' },
				en: { term: 'audit', definition: 'd' },
			},
		],
		[],
	);
	const found = (text: string) =>
		firstUses(text, ja, 'ja', new Set()).map((m) => [m.id, text.slice(m.start, m.end)]);
	assert.deepEqual(found('監査ログインの画面'), [['audit', '監査']]);
	assert.deepEqual(found('監査ログを見る'), [['audit-log', '監査ログ']]);
});

test('first uses in Japanese match inside running text', () => {
	const text = 'ネットワーク ACL はステートレスで、セキュリティグループはステートフルです。';
	const found = firstUses(text, terms, 'ja', new Set()).map((m) => m.id);
	assert.deepEqual(found, ['network-acl', 'stateful']);
});

test('rejected Japanese spellings are reported with file, line and the preferred spelling', () => {
	const source = '---\naliases: [ファイヤーウォール]\n---\n\n本文のファイヤーウォールです。\n';
	const [problem, ...rest] = findAvoidedSpellings('content/ja/services/x.mdx', source, terms);
	assert.equal(rest.length, 0, 'frontmatter aliases are allowed');
	assert.equal(problem?.line, 5);
	assert.match(
		problem!.message,
		/"ファイヤーウォール" is not the glossary's spelling of "firewall"; expected "ファイアウォール"/,
	);
});

test('glossary terms in either language are best bets for their first page', () => {
	const bets = glossaryBestBets(terms);
	assert.equal(bets[bestBetKey('ステートフル')], 'security-group');
	assert.equal(bets[bestBetKey('Stateful')], 'security-group');
	assert.equal(bets[bestBetKey('nacl')], 'network-acl');
});

test('synonyms map a term in the other language to the page language', () => {
	assert.equal(synonymTable(terms, 'ja')[bestBetKey('stateful')], 'ステートフル');
	assert.equal(synonymTable(terms, 'en')[bestBetKey('ステートフル')], 'stateful');
	assert.equal(synonymTable(terms, 'en')[bestBetKey('stateful')], undefined);
});

test('glossary Japanese follows the house style, and no accepted spelling is one another term rejects', () => {
	const { problems } = parseGlossary(
		[
			{
				id: 'threat-list',
				group: 'threats',
				ja: {
					term: '脅威リスト',
					also: ['脅威 IP リスト'],
					definition: '危険な IP アドレスの一覧です。',
				},
				en: { term: 'threat list', definition: 'd' },
			},
			{
				id: 'threat-entity-list',
				group: 'threats',
				ja: {
					term: '脅威エンティティリスト',
					definition: 'ドメイン(FQDN)も登録できます。',
					avoid: ['脅威 IP リスト'],
				},
				en: { term: 'threat entity list', definition: 'd' },
			},
		],
		[],
	);
	assert.deepEqual(
		problems.map((p) => p.field),
		['threat-entity-list.ja', 'threat-entity-list.ja', 'threat-list.ja.also'],
	);
	assert.match(problems[0]!.message, /half-width "\(" in Japanese text; expected full-width/);
	assert.match(
		problems[2]!.message,
		/"脅威 IP リスト" is a spelling that #threat-entity-list rejects; expected it only under avoid/,
	);
});
