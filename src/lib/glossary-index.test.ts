import { test } from 'node:test';
import assert from 'node:assert/strict';
import { glossaryTermSchema, type GlossaryTerm } from '../i18n/glossary-schema.ts';
import {
	buildGlossaryIndex,
	filterText,
	hasDistinctOtherTerm,
	indexId,
	kanaRow,
	normalizeForFilter,
} from './glossary-index.ts';

const term = (id: string, ja: string, en: string, reading?: string): GlossaryTerm =>
	glossaryTermSchema.parse({
		id,
		group: 'network',
		ja: { term: ja, definition: '定義です。', ...(reading ? { reading } : {}) },
		en: { term: en, definition: 'A definition.' },
	});

test('a reading is filed under its kana row, voiced and small kana included', () => {
	assert.equal(kanaRow('かんさ'), 'ka');
	assert.equal(kanaRow('ぎょうせい'), 'ka');
	assert.equal(kanaRow('ステートフル'), 'sa');
	assert.equal(kanaRow('ディードス'), 'ta');
	assert.equal(kanaRow('ぱけっと'), 'ha');
	assert.equal(kanaRow('ヴイ'), 'a');
	assert.equal(kanaRow('ゆ'), 'ya');
	assert.equal(kanaRow('ワーム'), 'wa');
	assert.equal(kanaRow('ｶﾅ'), 'ka'); // half-width katakana
	assert.equal(kanaRow('VPC'), undefined);
});

test('Japanese files by reading, then Latin terms without one under A–Z; English by first letter', () => {
	const vpc = term('vpc', 'VPC', 'VPC', 'ブイピーシー');
	const org = term('aws-organizations', 'AWS Organizations', 'AWS Organizations');
	const audit = term('audit', '監査', 'audit', 'かんさ');
	assert.equal(indexId(vpc, 'ja'), 'ha');
	assert.equal(indexId(org, 'ja'), 'latin');
	assert.equal(indexId(audit, 'ja'), 'ka');
	assert.equal(indexId(audit, 'en'), 'a');
	assert.equal(indexId(vpc, 'en'), 'v');
});

test('the index lists every row in order, terms sorted by reading', () => {
	const terms = [
		term('stateless', 'ステートレス', 'stateless'),
		term('audit', '監査', 'audit', 'かんさ'),
		term('stateful', 'ステートフル', 'stateful'),
		term('aws-organizations', 'AWS Organizations', 'AWS Organizations'),
	];
	const ja = buildGlossaryIndex(terms, 'ja');
	assert.deepEqual(
		ja.map((s) => s.label),
		['あ', 'か', 'さ', 'た', 'な', 'は', 'ま', 'や', 'ら', 'わ', 'A–Z'],
	);
	assert.deepEqual(
		ja.find((s) => s.id === 'sa')!.terms.map((t) => t.id),
		['stateful', 'stateless'],
	);
	const en = buildGlossaryIndex(terms, 'en');
	assert.equal(en.length, 26);
	assert.deepEqual(
		en.find((s) => s.id === 'a')!.terms.map((t) => t.id),
		['audit', 'aws-organizations'],
	);
});

test('the filter matches spellings and readings across scripts and widths', () => {
	const text = filterText(term('stateful', 'ステートフル', 'stateful'));
	for (const query of ['すてーと', 'ステート', 'ｓｔａｔｅ', 'STATEFUL']) {
		assert.ok(text.includes(normalizeForFilter(query)), query);
	}
	assert.ok(
		filterText(term('audit', '監査', 'audit', 'かんさ')).includes(normalizeForFilter('カンサ')),
	);
});

test('the same term in both languages is shown once ("L3", not "L3 / L3")', () => {
	assert.equal(hasDistinctOtherTerm(term('layer-3', 'L3', 'L3', 'エルスリー')), false);
	assert.equal(hasDistinctOtherTerm(term('stateful', 'ステートフル', 'stateful')), true);
});
