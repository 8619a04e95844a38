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
		{ depth: 2, id: 'how-it-works', text: 'How it works', line: 16 },
	]);
	assert.deepEqual(page.links, [{ url: '../shield/#tiers', line: 18 }]);
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
