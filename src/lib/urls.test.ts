import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
	assetUrl,
	compareUrl,
	homeUrl,
	localeOfPath,
	normalizeBase,
	pageUrl,
	pagefindUrl,
	searchLexiconUrl,
	searchUrl,
	switchLocale,
} from './urls.ts';

test('base paths are normalised to one leading and trailing slash', () => {
	assert.equal(normalizeBase(''), '/');
	assert.equal(normalizeBase('/'), '/');
	assert.equal(normalizeBase('atlas'), '/atlas/');
	assert.equal(normalizeBase('/atlas'), '/atlas/');
	assert.equal(normalizeBase('/docs/atlas/'), '/docs/atlas/');
});

test('page, compare and search URLs respect the base path', () => {
	assert.equal(homeUrl('/', 'ja'), '/ja/');
	assert.equal(
		pageUrl('/atlas', 'en', 'waf', 'rate-based-rules'),
		'/atlas/en/services/waf/#rate-based-rules',
	);
	assert.equal(compareUrl('/', 'ja', 'detection'), '/ja/compare/detection/');
	assert.equal(compareUrl('/', 'en'), '/en/compare/');
	assert.equal(
		searchUrl('/atlas/', 'ja', 'ステートフル & NACL'),
		'/atlas/ja/search/?q=%E3%82%B9%E3%83%86%E3%83%BC%E3%83%88%E3%83%95%E3%83%AB%20%26%20NACL',
	);
	assert.equal(searchLexiconUrl('/atlas', 'en'), '/atlas/en/search-lexicon.json');
	assert.equal(pagefindUrl('/'), '/pagefind/');
	assert.equal(pagefindUrl('/atlas/', 'pagefind.js'), '/atlas/pagefind/pagefind.js');
});

test('language switch keeps path, query and hash, also under a sub-path', () => {
	assert.equal(
		switchLocale('/ja/services/guardduty/#ip-lists', '/', 'en'),
		'/en/services/guardduty/#ip-lists',
	);
	assert.equal(switchLocale('/atlas/en/search/?q=waf', '/atlas/', 'ja'), '/atlas/ja/search/?q=waf');
	assert.equal(
		switchLocale('/en/compare/?layer=edge&sort=pricing', '/', 'ja'),
		'/ja/compare/?layer=edge&sort=pricing',
	);
});

test('paths outside a language switch to the other home page', () => {
	assert.equal(switchLocale('/404.html', '/', 'en'), '/en/');
	assert.equal(switchLocale('/atlas/', '/atlas/', 'ja'), '/atlas/ja/');
});

test('root files are addressed below the base path', () => {
	assert.equal(assetUrl('/', 'favicon.svg'), '/favicon.svg');
	assert.equal(assetUrl('/atlas', '/og/ja.png'), '/atlas/og/ja.png');
});

test('the language of a path is its first segment after the base', () => {
	assert.equal(localeOfPath('/en/services/no-such-page/', '/'), 'en');
	assert.equal(localeOfPath('/atlas/ja/glossary/', '/atlas/'), 'ja');
	assert.equal(localeOfPath('/services/guardduty/', '/'), undefined);
	assert.equal(localeOfPath('/english/', '/'), undefined);
	assert.equal(localeOfPath('/en/', '/atlas/'), undefined);
});
