// Bad input, one test each: a copy of the real content with exactly one mistake goes through
// the real content linter, which must fail with a message naming the file, the field or line,
// and what was expected.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatProblems } from '../src/lib/content-checks.ts';
import { lintContent } from './lint-content.ts';

let root: string;
let copy = 0;

before(async () => {
	root = await mkdtemp(join(tmpdir(), 'atlas-lint-'));
});
after(async () => {
	await rm(root, { recursive: true, force: true });
});

/** A fresh copy of content/ with `edit` applied to one file; returns the linter's report. */
async function lintWith(file: string, edit: (source: string) => string): Promise<string> {
	const dir = join(root, `content-${copy++}`);
	await cp('content', dir, { recursive: true });
	const path = join(dir, file);
	const source = await readFile(path, 'utf8');
	const edited = edit(source);
	assert.notEqual(edited, source, `the planted mistake must change ${file}`);
	await writeFile(path, edited);
	const problems = await lintContent(dir);
	assert.ok(problems.length > 0, 'the linter must fail');
	return formatProblems(problems);
}

test('the real content passes', async () => {
	assert.deepEqual(await lintContent('content'), []);
});

test('unknown enum value', async () => {
	const report = await lintWith('en/services/waf.mdx', (s) =>
		s.replace('layer: edge', 'layer: edgy'),
	);
	assert.match(
		report,
		/en\/services\/waf\.mdx:\d+ field `layer`: is "edgy": expected one of "edge"\|"vpc"/,
	);
});

test('missing required field', async () => {
	const report = await lintWith('ja/services/shield.mdx', (s) =>
		s.replace(/^kind: service\n/m, ''),
	);
	assert.match(report, /ja\/services\/shield\.mdx field `kind`: is missing/);
});

test('summary over 160 characters', async () => {
	const report = await lintWith('en/services/macie.mdx', (s) =>
		s.replace(/^summary:[\s\S]*?\n(?=kind:)/m, `summary: ${'x'.repeat(170)}\n`),
	);
	assert.match(
		report,
		/en\/services\/macie\.mdx:\d+ field `summary`: is 170 characters long: expected at most 160 characters/,
	);
});

test('unknown related slug', async () => {
	const report = await lintWith('ja/services/guardduty.mdx', (s) =>
		s.replace(/^related: \[/m, 'related: [guard-duty, '),
	);
	assert.match(
		report,
		/ja\/services\/guardduty\.mdx field `related`: unknown page "guard-duty"; expected one of: artifact, /,
	);
});

test('page missing in one language', async () => {
	const dir = join(root, `content-${copy++}`);
	await cp('content', dir, { recursive: true });
	await rm(join(dir, 'en/services/detective.mdx'));
	const report = formatProblems(await lintContent(dir));
	assert.match(
		report,
		/ja\/services\/detective\.mdx: page "detective" has no en version: expected content\/en\/services\/detective\.mdx/,
	);
});

test('language-neutral field that differs between languages', async () => {
	const report = await lintWith('en/services/inspector.mdx', (s) =>
		s.replace('pricing: paid', 'pricing: free'),
	);
	assert.match(
		report,
		/en\/services\/inspector\.mdx field `pricing`: is "free" but .*ja\/services\/inspector\.mdx has "paid"/,
	);
});

test('heading without an id', async () => {
	const report = await lintWith('ja/services/macie.mdx', (s) =>
		s.replace(/^(## [^{\n]+) \{ #[a-z0-9-]+ \}$/m, '$1'),
	);
	assert.match(
		report,
		/ja\/services\/macie\.mdx:\d+: heading ".+" has no id; expected `## .+ \{ #some-id \}`/,
	);
});

test('duplicate heading id', async () => {
	const report = await lintWith('en/services/shield.mdx', (s) =>
		s.replace('{ #pricing }', '{ #shield-standard }'),
	);
	assert.match(
		report,
		/en\/services\/shield\.mdx:\d+: heading id "shield-standard" is already used on line \d+; expected unique ids/,
	);
});

test('non-ASCII heading id', async () => {
	const report = await lintWith('ja/services/waf.mdx', (s) =>
		s.replace('{ #pricing }', '{ #料金 }'),
	);
	assert.match(report, /ja\/services\/waf\.mdx:\d+: heading id "料金" is not ASCII kebab-case/);
});

test('heading ids that differ between languages', async () => {
	const report = await lintWith('en/services/guardduty.mdx', (s) =>
		s.replace('{ #ip-lists }', '{ #ip-list }'),
	);
	assert.match(
		report,
		/en\/services\/guardduty\.mdx:\d+: heading \d+ of "guardduty" is ## \{#ip-list\} but .*ja\/services\/guardduty\.mdx:\d+ has ## \{#ip-lists\}/,
	);
});

test('broken internal link', async () => {
	const report = await lintWith('ja/services/network-acl.mdx', (s) =>
		s.replace('](../security-group/', '](../security-groups/'),
	);
	assert.match(
		report,
		/ja\/services\/network-acl\.mdx:\d+: link "\.\.\/security-groups\/.*" points to a page that does not exist/,
	);
});

test('broken internal anchor', async () => {
	const report = await lintWith('en/services/codeguru.mdx', (s) =>
		s.replace('../inspector/#cicd-gate', '../inspector/#ci-gate'),
	);
	assert.match(
		report,
		/en\/services\/codeguru\.mdx:\d+: link "\.\.\/inspector\/#ci-gate" points to #ci-gate, which is not a heading id of en\/inspector/,
	);
});

test('invalid YAML', async () => {
	const report = await lintWith('en/services/artifact.mdx', (s) =>
		s.replace(/^related: \[/m, 'related: [[['),
	);
	assert.match(report, /en\/services\/artifact\.mdx:\d+: invalid YAML frontmatter/);
});

test('a glossary spelling the site rejects', async () => {
	const report = await lintWith(
		'ja/services/security-group.mdx',
		(s) => `${s}\nこの段落はファイヤーウォールと書いています。\n`,
	);
	assert.match(
		report,
		/ja\/services\/security-group\.mdx:\d+: "ファイヤーウォール" is not the glossary's spelling of "firewall"; expected "ファイアウォール"/,
	);
});

test('no report is a bare stack trace', async () => {
	const report = await lintWith('en/services/waf.mdx', (s) => s.replace('</Misconception>', ''));
	assert.match(report, /en\/services\/waf\.mdx:\d+: MDX syntax/);
	assert.doesNotMatch(report, /\n\s+at /);
});

test('a table row missing in one language', async () => {
	const report = await lintWith('en/services/guardduty.mdx', (s) => {
		const lines = s.split('\n');
		const row = lines.findIndex((l, i) => l.startsWith('| ') && lines[i - 1]?.startsWith('| ---'));
		lines.splice(row, 1);
		return lines.join('\n');
	});
	assert.match(
		report,
		/en\/services\/guardduty\.mdx:\d+: block \d+ of "guardduty" is a \d+×\d+ table but .*ja\/services\/guardduty\.mdx:\d+ has a \d+×\d+ table/,
	);
});
