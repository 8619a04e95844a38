import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
	findBlockDifferences,
	findChangeProblems,
	findContentProblems,
	findHeadingProblems,
	findLinkProblems,
	findMissingTwins,
	findNeutralFieldDifferences,
	findUnknownRelated,
	formatProblems,
	resolveInternalLink,
	type PageRecord,
} from './content-checks.ts';

function page(locale: 'ja' | 'en', slug: string, more: Partial<PageRecord> = {}): PageRecord {
	return {
		file: `content/${locale}/services/${slug}.mdx`,
		locale,
		slug,
		data: { title: slug, layer: 'edge', related: [] },
		headings: [],
		links: [],
		...more,
	};
}
const h = (depth: number, id: string | undefined, line: number, text = 'Heading') => ({
	depth,
	id,
	line,
	text,
});

test('a clean pair of pages has no problems', () => {
	assert.deepEqual(findContentProblems([page('ja', 'waf'), page('en', 'waf')]), []);
});

test('a page missing in one language names the file that is expected', () => {
	const [problem] = findMissingTwins([page('ja', 'waf')]);
	assert.equal(problem?.file, 'content/ja/services/waf.mdx');
	assert.match(problem!.message, /no en version: expected content\/en\/services\/waf\.mdx/);
});

test('a language-neutral field that differs names both files and the field', () => {
	const en = page('en', 'waf', { data: { title: 'WAF', layer: 'vpc', related: [] } });
	const [problem] = findNeutralFieldDifferences([page('ja', 'waf'), en]);
	assert.equal(problem?.field, 'layer');
	assert.match(problem!.message, /is "vpc" but content\/ja\/services\/waf\.mdx has "edge"/);
});

test('localized fields and key order inside objects may differ', () => {
	const ja = page('ja', 'shield', {
		data: { title: 'ja', summary: 'ja', tiers: [{ a: 1, b: 2 }] },
	});
	const en = page('en', 'shield', {
		data: { title: 'en', summary: 'en', tiers: [{ b: 2, a: 1 }] },
	});
	assert.deepEqual(findNeutralFieldDifferences([ja, en]), []);
});

test('an unknown related slug lists the slugs that exist', () => {
	const ja = page('ja', 'waf', { data: { related: ['shieldd'] } });
	const [problem] = findUnknownRelated([ja, page('ja', 'shield')]);
	assert.equal(problem?.field, 'related');
	assert.match(problem!.message, /unknown page "shieldd"; expected one of: shield, waf/);
});

test('a heading without an id, a non-ASCII id and a duplicate id are reported with lines', () => {
	const problems = findHeadingProblems([
		page('ja', 'waf', {
			headings: [
				h(2, undefined, 10, '仕組み'),
				h(2, '仕組み', 12),
				h(3, 'rules', 14),
				h(3, 'rules', 20),
			],
		}),
	]);
	assert.deepEqual(
		problems.map((p) => p.line),
		[10, 12, 20],
	);
	assert.match(
		problems[0]!.message,
		/heading "仕組み" has no id; expected `## 仕組み \{ #some-id \}`/,
	);
	assert.match(problems[1]!.message, /not ASCII kebab-case/);
	assert.match(problems[2]!.message, /already used on line 14/);
});

test('heading ids that differ between languages report the first mismatch', () => {
	const ja = page('ja', 'waf', { headings: [h(2, 'how-it-works', 5), h(2, 'rules', 9)] });
	const en = page('en', 'waf', { headings: [h(2, 'how-it-works', 5), h(2, 'rule-list', 11)] });
	const [problem, ...rest] = findHeadingProblems([ja, en]);
	assert.equal(rest.length, 0);
	assert.equal(problem?.file, 'content/en/services/waf.mdx');
	assert.equal(problem?.line, 11);
	assert.match(
		problem!.message,
		/is ## \{#rule-list\} but content\/ja\/services\/waf\.mdx:9 has ## \{#rules\}/,
	);
});

test('links to missing pages or anchors are reported; external links are not', () => {
	const ja = page('ja', 'waf', {
		headings: [h(2, 'rules', 3)],
		links: [
			{ url: '../shield/', line: 4 },
			{ url: '../shield/#tiers', line: 5 },
			{ url: '../nope/', line: 6 },
			{ url: '#missing', line: 7 },
			{ url: 'https://docs.aws.amazon.com/', line: 8 },
			{ url: '#rules', line: 9 },
		],
	});
	const shield = page('ja', 'shield', { headings: [h(2, 'standard', 2)] });
	const problems = findLinkProblems([ja, shield]);
	assert.deepEqual(
		problems.map((p) => p.line),
		[5, 6, 7],
	);
	assert.match(problems[0]!.message, /#tiers, which is not a heading id of ja\/shield/);
});

test('internal links resolve to a slug and fragment', () => {
	assert.deepEqual(resolveInternalLink('../waf/#rules', 'shield'), { slug: 'waf', hash: 'rules' });
	assert.deepEqual(resolveInternalLink('#rules', 'shield'), { slug: 'shield', hash: 'rules' });
	assert.equal(resolveInternalLink('mailto:a@b.c', 'shield'), undefined);
	assert.equal(
		resolveInternalLink('/ja/services/waf/', 'shield')?.slug,
		'invalid:/ja/services/waf/',
	);
});

test('problems print as file:line field: message', () => {
	const text = formatProblems([
		{ file: 'content/ja/services/waf.mdx', line: 3, field: 'layer', message: 'is "x"' },
	]);
	assert.equal(text, '1 content problem:\n  content/ja/services/waf.mdx:3 field `layer`: is "x"');
});

test('tables and callouts must match between languages, in order, shape and kind', () => {
	const block = (kind: 'table' | 'misconception' | 'changed', shape: string, line: number) => ({
		kind,
		shape,
		line,
	});
	const ja = page('ja', 'waf', {
		blocks: [block('table', '3×2', 10), block('misconception', '', 20)],
	});
	const same = page('en', 'waf', {
		blocks: [block('table', '3×2', 11), block('misconception', '', 22)],
	});
	assert.deepEqual(findBlockDifferences([ja, same]), []);
	const fewerRows = page('en', 'waf', {
		blocks: [block('table', '2×2', 11), block('misconception', '', 22)],
	});
	const [problem] = findBlockDifferences([ja, fewerRows]);
	assert.equal(problem?.line, 11);
	assert.match(
		problem!.message,
		/block 1 of "waf" is a 2×2 table but content\/ja\/services\/waf\.mdx:10 has a 3×2 table/,
	);
	const noNote = page('en', 'waf', { blocks: [block('table', '3×2', 11)] });
	assert.match(
		findBlockDifferences([ja, noNote])[0]!.message,
		/block 2 of "waf" is nothing but .* has a misconception callout/,
	);
	const otherKind = page('en', 'waf', {
		blocks: [block('table', '3×2', 11), block('changed', '', 22)],
	});
	assert.match(
		findBlockDifferences([ja, otherKind])[0]!.message,
		/block 2 of "waf" is a changed callout but .* has a misconception callout/,
	);
});

test('a change points at a heading of its page, and each <Changed> callout has a change', () => {
	const headings = [{ depth: 2, id: 'tiers', text: 'Tiers', line: 5 }];
	const good = page('en', 'waf', {
		data: { changes: [{ date: '2025-09-30', section: 'tiers', summary: 'x' }] },
		headings,
		callouts: [{ kind: 'changed', date: '2025-09-30', line: 9, section: 'tiers', text: 'x' }],
	});
	assert.deepEqual(findChangeProblems([good]), []);
	const wrongSection = page('en', 'waf', {
		data: { changes: [{ date: '2025-09-30', section: 'pricing', summary: 'x' }] },
		headings,
	});
	const [problem] = findChangeProblems([wrongSection]);
	assert.equal(problem?.field, 'changes.0.section');
	assert.match(problem!.message, /"pricing" is not a heading id of this page/);
	const undated = page('en', 'waf', {
		data: { changes: [] },
		headings,
		callouts: [{ kind: 'changed', date: '2026-04-30', line: 12, section: 'tiers', text: 'x' }],
	});
	const [missing] = findChangeProblems([undated]);
	assert.equal(missing?.line, 12);
	assert.match(missing!.message, /<Changed date="2026-04-30"> has no `changes` entry/);
});

test('changes may differ between languages only in their summary', () => {
	const change = (summary: string, section = 'tiers') => ({
		date: '2025-09-30',
		section,
		summary,
	});
	const ja = page('ja', 'waf', { data: { changes: [change('終了')] } });
	assert.deepEqual(
		findNeutralFieldDifferences([ja, page('en', 'waf', { data: { changes: [change('Ended')] } })]),
		[],
	);
	const [problem] = findNeutralFieldDifferences([
		ja,
		page('en', 'waf', { data: { changes: [change('Ended', 'pricing')] } }),
	]);
	assert.equal(problem?.field, 'changes');
	assert.match(problem!.message, /only the summary of a change may differ/);
});
