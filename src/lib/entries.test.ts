import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentFile, parseEntryId } from './entries.ts';

test('entry ids split into locale and slug', () => {
	assert.deepEqual(parseEntryId('ja/services/guardduty'), { locale: 'ja', slug: 'guardduty' });
	assert.equal(contentFile({ locale: 'en', slug: 'waf' }), 'content/en/services/waf.mdx');
});

test('an entry outside a language folder is rejected with the expected layout', () => {
	assert.throws(
		() => parseEntryId('fr/services/waf'),
		/content\/fr\/services\/waf\.mdx: expected content\/<ja\|en>\/services\/<slug>\.mdx/,
	);
	assert.throws(() => parseEntryId('ja/other/waf'), /expected content/);
});
