// The build itself refuses bad content (not only the linter): a copy of the project with one
// planted mistake must fail `astro build` with a message naming the file and the field.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { copyProject, removeProject } from './support/project-copy.ts';

let project: string;

before(async () => {
	project = await copyProject('atlas-build-');
});
after(() => removeProject(project));

async function buildWith(file: string, edit: (source: string) => string): Promise<string> {
	const path = join(project, 'content', file);
	const original = await readFile(path, 'utf8');
	await writeFile(path, edit(original));
	try {
		const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
			cwd: project,
			encoding: 'utf8',
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
			timeout: 120_000,
		});
		assert.notEqual(run.status, 0, 'the build must fail');
		return `${run.stdout}\n${run.stderr}`;
	} finally {
		await writeFile(path, original);
	}
}

test('a language-neutral field that differs fails the build, naming file and field', async () => {
	const output = await buildWith('en/services/waf.mdx', (s) =>
		s.replace('pricing: paid', 'pricing: free'),
	);
	assert.match(
		output,
		/content\/en\/services\/waf\.mdx field `pricing`: is "free" but content\/ja\/services\/waf\.mdx has "paid"/,
	);
});

test('an unknown enum value fails the build, naming entry and field', async () => {
	const output = await buildWith('ja/services/shield.mdx', (s) =>
		s.replace('layer: edge', 'layer: edgy'),
	);
	assert.match(output, /ja\/services\/shield/);
	assert.match(output, /layer/);
});

test('code in MDX stops the build before it runs, naming the file and line', async () => {
	const output = await buildWith('en/services/waf.mdx', (s) =>
		s.replace('\n## Web ACL', '\nHome: {process.env.HOME}\n\n## Web ACL'),
	);
	assert.match(
		output,
		/content\/en\/services\/waf\.mdx:\d+: a \{…\} expression is code, and pages are content/,
	);
	assert.doesNotMatch(output, new RegExp(process.env.HOME ?? '/root'));
});

test('a javascript: link stops the build', async () => {
	const output = await buildWith('ja/services/waf.mdx', (s) =>
		s.replace('\n## ', '\n[click](javascript:alert(1))\n\n## '),
	);
	assert.match(
		output,
		/content\/ja\/services\/waf\.mdx:\d+: link "javascript:alert\(1\)" uses javascript:/,
	);
});

test('heading ids that differ between languages stop the build with the real line', async () => {
	const output = await buildWith('en/services/waf.mdx', (s) =>
		s.replace('{ #web-acl }', '{ #web-acls }'),
	);
	assert.match(
		output,
		/content\/en\/services\/waf\.mdx:[1-9]\d*: heading \d+ of "waf" is ## \{#web-acls\} but content\/ja\/services\/waf\.mdx:\d+ has ## \{#web-acl\}/,
	);
});

test('a symlink in public/ stops the build by name', async () => {
	const link = join(project, 'public', 'passwd.txt');
	await symlink('/etc/passwd', link);
	try {
		const output = await buildWith('en/services/waf.mdx', (s) => `${s}\n`);
		assert.match(output, /public\/passwd\.txt: symlinks in public\/ would be copied/);
	} finally {
		await rm(link);
	}
});

test('content nested absurdly deep stops the build with a message, not a crash', async () => {
	const nested = Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- a`).join('\n');
	const output = await buildWith('en/services/waf.mdx', (s) =>
		s.replace('\n## Web ACL', `\n${nested}\n\n## Web ACL`),
	);
	assert.match(
		output,
		/content\/en\/services\/waf\.mdx:\d+: content is nested 300 levels deep; expected at most 64/,
	);
	assert.doesNotMatch(output, /Segmentation fault/);
});
