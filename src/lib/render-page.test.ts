import { test } from 'node:test';
import assert from 'node:assert/strict';
import { glossaryTermSchema } from '../i18n/glossary-schema.ts';
import { pageGlossary, renderPage } from './render-page.ts';

const terms = [
	glossaryTermSchema.parse({
		id: 'stateful',
		group: 'network',
		ja: { term: 'ステートフル', definition: '戻りの通信を自動で許可する性質。' },
		en: { term: 'stateful', definition: 'Return traffic is allowed automatically.' },
	}),
	glossaryTermSchema.parse({
		id: 'acl',
		group: 'network',
		ja: { term: 'ACL', definition: 'アクセス制御リスト。' },
		en: { term: 'ACL', definition: 'An access control list.' },
	}),
	glossaryTermSchema.parse({
		id: 'nacl',
		group: 'network',
		ja: { term: 'ネットワーク ACL', also: ['NACL'], definition: 'サブネットのファイアウォール。' },
		en: { term: 'network ACL', also: ['NACL'], definition: 'A subnet firewall.' },
	}),
];
const en = pageGlossary(terms, 'en', '/atlas/');
const ja = pageGlossary(terms, 'ja', '/atlas/');
const page = (body: string) => `---\ntitle: T\n---\n\n${body}\n`;

test('a heading keeps its shared id, gets its link tools beside it and is listed for the table of contents', () => {
	const { html, headings } = renderPage(
		page('## Rules { #rules }\n\n### Inbound and outbound { #directions }'),
		'en',
		en,
	);
	assert.match(
		html,
		/<div class="section-heading level-2"><h2 id="rules">Rules<\/h2><copy-link class="heading-tools" data-id="rules" data-pagefind-ignore><a class="heading-anchor" href="#rules" aria-label="Link to this section" aria-describedby="rules">#<\/a>/,
	);
	assert.match(
		html,
		/<button type="button" class="copy-both" aria-describedby="directions" data-js-only>ja \+ en<span class="visually-hidden">/,
	);
	assert.deepEqual(headings, [
		{ depth: 2, slug: 'rules', text: 'Rules' },
		{ depth: 3, slug: 'directions', text: 'Inbound and outbound' },
	]);
});

test('only the first use of a term links to the glossary, with its definition and the other language', () => {
	const { html } = renderPage(
		page('Security groups are stateful. Stateful rules are simple; stateful again.'),
		'en',
		en,
	);
	assert.equal(html.match(/class="glossary-term"/g)?.length, 1);
	assert.match(
		html,
		/are <span class="glossary-term"><a href="\/atlas\/en\/glossary\/#stateful" aria-describedby="tip-stateful">stateful<\/a><span class="glossary-tip" role="tooltip" id="tip-stateful" data-pagefind-ignore><span class="glossary-tip-term" lang="ja">ステートフル<\/span> Return traffic is allowed automatically.<\/span><\/span>\./,
	);
});

test('terms in headings, links and code stay plain text', () => {
	const { html } = renderPage(
		page('## Stateful { #s }\n\n[stateful](../x/) and `stateful` and then stateful.'),
		'en',
		en,
	);
	assert.match(html, /<h2 id="s">Stateful<\/h2>/);
	assert.match(
		html,
		/<a href="..\/x\/">stateful<\/a> and <code>stateful<\/code> and then <span class="glossary-term"><a href="\/atlas\/en\/glossary\/#stateful"/,
	);
});

test('where spellings overlap, the longer term is the one linked', () => {
	const { html } = renderPage(page('サブネットにはネットワーク ACL を付けます。'), 'ja', ja);
	assert.match(
		html,
		/<a href="\/atlas\/ja\/glossary\/#nacl" aria-describedby="tip-nacl">ネットワーク ACL<\/a>/,
	);
	assert.doesNotMatch(html, /#acl"/);
});

test('a misconception shows the belief, then the fact, in the page language', () => {
	const { html } = renderPage(
		page(
			'<Misconception claim="NACLs are &quot;stateful&quot; <really>">\n\nThey are stateless.\n\n</Misconception>',
		),
		'ja',
		ja,
	);
	assert.match(
		html,
		/<div class="callout misconception" role="note"><p class="callout-label">よくある誤解<\/p><p class="claim"><span class="tag">誤解<\/span>NACLs are "stateful" &lt;really><\/p><div class="fact"><span class="tag">実際は<\/span><p>They are stateless.<\/p><\/div><\/div>/,
	);
});

test('a dated change shows its date for readers of each language, machine-readable too', () => {
	const source = page('<Changed date="2025-09-30">\n\nClassic ended.\n\n</Changed>');
	assert.match(
		renderPage(source, 'en', en).html,
		/<div class="callout changed" role="note"><p class="callout-label">What changed · <time datetime="2025-09-30">September 30, 2025<\/time><\/p><p>Classic ended.<\/p><\/div>/,
	);
	assert.match(
		renderPage(source, 'ja', ja).html,
		/変更点 · <time datetime="2025-09-30">2025 年 9 月 30 日<\/time>/,
	);
	assert.match(
		renderPage(page('<Note>\n\nAside.\n\n</Note>'), 'en', en).html,
		/<div class="callout note" role="note"><p class="callout-label">Note<\/p><p>Aside.<\/p><\/div>/,
	);
});

test('tables and code blocks sit in boxes a keyboard can focus and scroll', () => {
	const { html } = renderPage(
		page('| a | b |\n| --- | --- |\n| 1 | 2 |\n\n```json\n{"a": 1}\n```'),
		'en',
		en,
	);
	assert.match(
		html,
		/<div class="table-scroll" role="group" aria-label="Table \(scrolls sideways\)" tabindex="0"><table>/,
	);
	assert.match(html, /<pre tabindex="0"><code class="language-json">\{"a": 1\}/);
});

test("a table's header row stays out of the search text, its body rows do not", () => {
	const { html } = renderPage(
		page('| Type | Examples |\n| --- | --- |\n| Policy | S3 |'),
		'en',
		en,
	);
	assert.match(html, /<thead data-pagefind-ignore>\s*<tr>\s*<th>Type<\/th>/);
	assert.match(html, /<tbody>\s*<tr>\s*<td>Policy<\/td>/);
});

test('text that looks like markup is escaped, never interpreted', () => {
	const { html } = renderPage(page('Write `<script>alert(1)</script>` & AT&T.'), 'en', en);
	assert.match(html, /<code>&lt;script>alert\(1\)&lt;\/script><\/code> &amp; AT&amp;T\./);
	assert.doesNotMatch(html, /<script/);
});

test('quotes and apostrophes read typographically, as in the rest of the site', () => {
	assert.match(renderPage(page(`It's a "quote".`), 'en', en).html, /It’s a “quote”\./);
});

test('an element that is not one of the site callouts is refused', () => {
	assert.throws(
		() => renderPage(page('<div>hi</div>'), 'en', en),
		/<div> is not one of the site's callouts/,
	);
	assert.throws(
		() => renderPage(page('<Misconception>x</Misconception>'), 'en', en),
		/<Misconception> needs a claim="…" attribute/,
	);
});
