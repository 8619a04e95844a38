import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderSitemap } from './sitemap.ts';

test('every language version is a <url> listing all alternates and x-default', () => {
	const xml = renderSitemap(
		[{ ja: 'https://x.test/ja/', en: 'https://x.test/en/' }],
		'https://x.test/',
	);
	assert.equal((xml.match(/<url>/g) ?? []).length, 2);
	assert.match(
		xml,
		/<loc>https:\/\/x\.test\/en\/<\/loc><xhtml:link rel="alternate" hreflang="ja" href="https:\/\/x\.test\/ja\/"\/><xhtml:link rel="alternate" hreflang="en" href="https:\/\/x\.test\/en\/"\/><xhtml:link rel="alternate" hreflang="x-default" href="https:\/\/x\.test\/"\/>/,
	);
});

test('URLs are XML-escaped', () => {
	const xml = renderSitemap(
		[{ ja: 'https://x.test/?a=1&b=2', en: 'https://x.test/en/' }],
		'https://x.test/',
	);
	assert.match(xml, /\?a=1&amp;b=2/);
});
