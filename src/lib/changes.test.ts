import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildAtomFeed, collectChanges, escapeXml } from './changes.ts';
import { twins, entry } from './test-fixtures.ts';

const entries = [
	...twins('waf', {
		changes: [
			{ date: '2025-09-30', section: 'classic', summary: 'WAF Classic ended.' },
			{ date: '2026-04-30', section: 'resources', summary: 'App Runner closed.' },
		],
	}),
	...twins('devops-guru', {
		changes: [{ date: '2026-04-30', section: 'status', summary: 'No new customers.' }],
	}),
	entry('en', 'shield'),
];

test('changes of one language come newest first, same-day ones by page title', () => {
	const rows = collectChanges(entries, 'en');
	assert.deepEqual(
		rows.map((r) => `${r.date} ${r.slug}#${r.section}`),
		['2026-04-30 devops-guru#status', '2026-04-30 waf#resources', '2025-09-30 waf#classic'],
	);
});

test('a new dated change reaches the changes list with no other edit', () => {
	const more = [
		...entries,
		...twins('kms', { changes: [{ date: '2026-11-01', section: 'rotation', summary: 'New.' }] }),
	];
	assert.equal(collectChanges(more, 'ja')[0]?.slug, 'kms');
});

test('the Atom feed carries every change with escaped text and the newest date as updated', () => {
	const rows = collectChanges(entries, 'en');
	rows[0]!.summary = 'A <b>&</b> "quoted" change';
	const xml = buildAtomFeed({
		feedUrl: 'https://atlas.example/en/changes.xml',
		pageUrl: 'https://atlas.example/en/changes/',
		title: 'What changed',
		locale: 'en',
		rowUrl: (row) => `https://atlas.example/en/services/${row.slug}/#${row.section}`,
		rows,
	});
	assert.match(
		xml,
		/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/,
	);
	assert.equal(xml.match(/<entry>/g)?.length, 3);
	assert.match(xml, /<updated>2026-04-30T00:00:00Z<\/updated>\n\t<author>/);
	assert.match(xml, /A &lt;b&gt;&amp;&lt;\/b&gt; &quot;quoted&quot; change/);
	assert.match(xml, /href="https:\/\/atlas.example\/en\/services\/waf\/#classic"/);
});

test('XML escaping covers the five special characters', () => {
	assert.equal(
		escapeXml(`<a href="x">'&'</a>`),
		'&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
	);
});
