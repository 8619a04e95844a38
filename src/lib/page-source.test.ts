import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePageSource } from './page-source.ts';

const FRONTMATTER = `title: AWS WAF
summary: A web application firewall.
kind: service
category: network-application-protection
layer: edge
purpose: traffic-filtering
stateful: not-applicable
orgScope: account
reviewed: 2026-11-30
awsDocs: https://docs.aws.amazon.com/waf/
related: []`;

function parse(
	frontmatter: string,
	body = '\nIntro.\n\n## How it works { #how-it-works }\n\nText with [a link](../shield/#tiers).\n',
) {
	return parsePageSource(
		'content/en/services/waf.mdx',
		{ locale: 'en', slug: 'waf' },
		`---\n${frontmatter}\n---\n${body}`,
	);
}

test('a valid page yields its data, headings with ids and links with lines', () => {
	const { page, problems } = parse(FRONTMATTER);
	assert.deepEqual(problems, []);
	assert.equal(page.data.layer, 'edge');
	assert.deepEqual(page.headings, [
		{ depth: 2, id: 'how-it-works', text: 'How it works', line: 17 },
	]);
	assert.deepEqual(page.links, [{ url: '../shield/#tiers', line: 19 }]);
});

test('GFM tables are parsed by the build parser (no remark-gfm needed)', () => {
	const { problems } = parse(FRONTMATTER, '\n| a | b |\n| --- | --- |\n| 1 | 2 |\n');
	assert.deepEqual(problems, []);
});

test('an unknown enum value names the field, its line and the allowed values', () => {
	const [problem] = parse(FRONTMATTER.replace('layer: edge', 'layer: edgy')).problems;
	assert.equal(problem?.field, 'layer');
	assert.equal(problem?.line, 6);
	assert.match(problem!.message, /is "edgy": expected one of "edge"\|"vpc"/);
});

test('a missing required field is named', () => {
	const [problem] = parse(FRONTMATTER.replace('kind: service\n', '')).problems;
	assert.equal(problem?.field, 'kind');
	assert.match(problem!.message, /is missing/);
});

test('a summary over 160 characters reports its length', () => {
	const [problem] = parse(
		FRONTMATTER.replace('A web application firewall.', 'x'.repeat(161)),
	).problems;
	assert.equal(problem?.field, 'summary');
	assert.match(problem!.message, /is 161 characters long: expected at most 160 characters/);
});

test('an unknown field is rejected by name', () => {
	const [problem] = parse(`${FRONTMATTER}\ncolour: blue`).problems;
	assert.equal(problem?.field, 'colour');
	assert.match(problem!.message, /not a known field/);
});

test('invalid YAML reports the line in the file', () => {
	const [problem] = parse(FRONTMATTER.replace('related: []', 'related: [waf')).problems;
	assert.match(problem!.message, /^invalid YAML frontmatter/);
	assert.ok(problem!.line && problem!.line >= 11, `line ${problem!.line}`);
});

test('an MDX syntax error is reported, not thrown', () => {
	const { problems } = parse(FRONTMATTER, '\n<Note>\n\nunclosed\n');
	assert.equal(problems.length, 1);
	assert.match(problems[0]!.message, /^MDX syntax/);
});

test('an unquoted YAML date is accepted as the lifecycle date, as in the build', () => {
	const { page, problems } = parse(
		`${FRONTMATTER}\nlifecycle: maintenance\nlifecycleDate: 2025-11-07`,
	);
	assert.deepEqual(problems, []);
	assert.ok(page.data.lifecycleDate instanceof Date);
});

const JA = (body: string) =>
	parsePageSource(
		'content/ja/services/waf.mdx',
		{ locale: 'ja', slug: 'waf' },
		`---\n${FRONTMATTER.replace('A web application firewall.', 'ウェブアプリケーションのファイアウォールです。')}\n---\n${body}`,
	);

test('callouts become blocks in document order, with their kind', () => {
	const { page, problems } = parse(
		FRONTMATTER,
		'\n## A { #a }\n\n<Misconception claim="WAF filters packets.">\n\nIt reads HTTP requests.\n\n</Misconception>\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n',
	);
	assert.deepEqual(problems, []);
	assert.deepEqual(
		page.blocks?.map((b) => b.kind),
		['misconception', 'table'],
	);
	assert.equal(page.callouts?.[0]?.section, 'a');
});

test('import, export and {…} expressions are rejected as code, with their line', () => {
	for (const [body, line] of [
		["\nimport x from '/etc/passwd?raw';\n", 15],
		['\nexport const leak = 1;\n', 15],
		['\nText {process.env.HOME}.\n', 15],
		['\n{await fetch("https://example.com")}\n', 15],
	] as const) {
		const { problems } = parse(FRONTMATTER, body);
		assert.equal(problems[0]?.line, line, body);
		assert.match(problems[0]!.message, /is code, and pages are content/, body);
	}
});

test('only the site callouts may be used as JSX, with their attributes as plain text', () => {
	const cases = [
		['<script>alert(1)</script>', /<script> is not allowed here; expected only <Note>/],
		['<iframe src="https://example.com"></iframe>', /<iframe> is not allowed/],
		['<Note onClick="x">\n\nHi\n\n</Note>', /<Note> takes no attributes; found onClick/],
		['<Misconception>\n\nFact.\n\n</Misconception>', /<Misconception> needs claim="…"/],
		['<Changed date="30/09/2025">\n\nGone.\n\n</Changed>', /date "30\/09\/2025" is not YYYY-MM-DD/],
		['<Misconception claim="x">\n\n</Misconception>', /<Misconception> is empty/],
	] as const;
	for (const [body, message] of cases) {
		const { problems } = parse(FRONTMATTER, `\n${body}\n`);
		assert.ok(
			problems.some((p) => message.test(p.message)),
			`${body}: ${problems.map((p) => p.message).join(' | ')}`,
		);
	}
});

test('text that talks about source notes instead of the reader is rejected', () => {
	const { problems } = parse(FRONTMATTER, '\nOlder study notes said otherwise.\n');
	assert.match(problems[0]!.message, /talks about notes the text came from/);
	assert.equal(problems[0]!.line, 15);
});

test('Japanese pages follow the house style, in text, headings, callouts and the summary', () => {
	assert.deepEqual(
		JA('\n## 概要 { #overview }\n\n検出結果（finding）は 90 日間、`GetFindings(x)` で取得。\n')
			.problems,
		[],
	);
	const messages = JA(
		'\n## 概要 { #overview }\n\n検出結果(finding)は90日間。ＷＡＦのサーバとインタフェース。\n\n<Misconception claim="SCPで付与できる">\n\n付与しません。\n\n</Misconception>\n',
	).problems.map((p) => `${p.line} ${p.message}`);
	for (const expected of [
		/^17 half-width "\(" in Japanese text/,
		/^17 "は9": expected a half-width space/,
		/^17 full-width "Ｗ"/,
		/^17 "サーバ": expected サーバー/,
		/^17 "インタフェース": expected インターフェイス/,
		/^19 "Pで": expected a half-width space/,
	]) {
		assert.ok(
			messages.some((m) => expected.test(m)),
			`${expected}: ${messages.join(' | ')}`,
		);
	}
	const summary = parsePageSource(
		'content/ja/services/waf.mdx',
		{ locale: 'ja', slug: 'waf' },
		`---\n${FRONTMATTER.replace('A web application firewall.', 'HTTPを見るファイアウォール')}\n---\n`,
	).problems;
	assert.equal(summary[0]?.field, 'summary');
});
