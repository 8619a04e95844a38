import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NAME_KINDS } from './search-lexicon.ts';
import { sampleLexicon } from './search-fixtures.ts';
import { bestBetKey } from './search-query.ts';

const slugOf = (lexicon: ReturnType<typeof sampleLexicon>, i: number) =>
	lexicon.pages[i]!.url.split('/').at(-2);
const pagesNamed = (lexicon: ReturnType<typeof sampleLexicon>, spelling: string) =>
	lexicon.names[bestBetKey(spelling)]?.p.map((i) => slugOf(lexicon, i));

test('titles and aliases name their page, whatever the width, case and spacing', () => {
	const lexicon = sampleLexicon();
	assert.deepEqual(pagesNamed(lexicon, 'ネットワークＡＣＬ'), ['network-acl']);
	assert.deepEqual(pagesNamed(lexicon, 'nacl'), ['network-acl']);
	assert.deepEqual(pagesNamed(lexicon, 'security group'), ['security-group']);
	assert.equal(lexicon.names.sg?.k, NAME_KINDS.indexOf('alias'));
});

test('an alias two pages share names both, in page order', () => {
	assert.deepEqual(pagesNamed(sampleLexicon(), '脆弱性診断'), ['inspector', 'audit-readiness']);
});

test('a need word settles a shared alias', () => {
	const lexicon = sampleLexicon([{ words: ['脆弱性診断'], pages: ['inspector'] }]);
	assert.deepEqual(pagesNamed(lexicon, '脆弱性診断'), ['inspector']);
	assert.equal(lexicon.names[bestBetKey('脆弱性診断')]?.k, NAME_KINDS.indexOf('need'));
});

test('a glossary term in the other language searches the page-language spelling', () => {
	const lexicon = sampleLexicon();
	assert.deepEqual(lexicon.names.stateful, { k: 3, p: [1], s: 'ステートフル' });
	assert.equal(lexicon.names[bestBetKey('ステートフル')]?.s, undefined);
});

test('comparison pages know their members; lists are hubs; table pages show their summary', () => {
	const lexicon = sampleLexicon();
	const topic = lexicon.pages.find((p) => p.type === 'topic')!;
	assert.deepEqual(
		topic.members?.map((i) => slugOf(lexicon, i)),
		['network-acl', 'security-group'],
	);
	assert.equal(topic.tables, true);
	assert.deepEqual(
		lexicon.pages.filter((p) => p.type === 'hub').map((p) => [p.title, p.tables ?? false]),
		[
			['用語集', false],
			['全ページの比較表', true],
		],
	);
	assert.deepEqual(pagesNamed(lexicon, 'glossary'), ['glossary']);
});

test('a need word for a page that does not exist fails the build with the file to fix', () => {
	assert.throws(
		() => sampleLexicon([{ words: ['x'], pages: ['nope'] }]),
		/src\/lib\/search-synonyms\.ts: unknown page "nope"/,
	);
});
