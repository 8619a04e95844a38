// Incremental builds (experimental.incrementalBuild + the cacheKey of src/catalog.ts) in a copy
// of the project: a rebuild after editing one page's text re-renders that page only and shows
// the edit; after a title change, every service page is rendered again (sidebars, prev/next and
// related links show other pages' titles), and a code change re-renders them all. The pages'
// HTML that Astro's data store keeps between builds follows a glossary or renderer change too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { access, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { copyProject, removeProject } from './support/project-copy.ts';

let project: string;

before(async () => {
	project = await copyProject('atlas-incremental-');
});
after(() => removeProject(project));

/** Builds the copy; returns the pages rendered and those reused from the cache. */
function build(): { rendered: string[]; reused: string[] } {
	const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
		cwd: project,
		encoding: 'utf8',
		// CI turns incremental builds off (astro.config.mjs); this test is about them.
		env: { ...process.env, CI: '', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
		timeout: 180_000,
	});
	assert.equal(run.status, 0, run.stderr.slice(-2000));
	const lines = [...run.stdout.matchAll(/(\/(?:[^\s]*\/)?)index\.html(.*)$/gm)];
	return {
		rendered: lines.filter(([, , rest]) => !/\((cached|restored)\)/.test(rest!)).map(([, p]) => p!),
		reused: lines.filter(([, , rest]) => /\((cached|restored)\)/.test(rest!)).map(([, p]) => p!),
	};
}

async function edit(file: string, change: (source: string) => string): Promise<void> {
	const path = join(project, 'content', file);
	await writeFile(path, change(await readFile(path, 'utf8')));
}

const isServicePage = (path: string) => /^\/(?:ja|en)\/services\//.test(path);

test('a rebuild re-renders only the edited page; a title change re-renders every page', async () => {
	const cold = build();
	assert.equal(cold.reused.length, 0, 'a first build renders everything');
	const pages = cold.rendered.filter(isServicePage).length;
	assert.ok(pages >= 80);

	await edit('en/services/waf.mdx', (s) => `${s}\nA sentence added by the test.\n`);
	const warm = build();
	assert.deepEqual(warm.rendered.filter(isServicePage), ['/en/services/waf/']);
	assert.equal(warm.reused.filter(isServicePage).length, pages - 1);
	// Pages that show only frontmatter are reused too: the matrix, a language chooser.
	for (const page of ['/en/compare/', '/ja/', '/services/waf/'])
		assert.ok(warm.reused.includes(page), page);
	const html = await readFile(join(project, 'dist/en/services/waf/index.html'), 'utf8');
	assert.match(html, /A sentence added by the test\./);

	await edit('en/services/shield.mdx', (s) => s.replace(/^title: (.*)$/m, 'title: $1 Renamed'));
	const renamed = build();
	assert.equal(renamed.reused.length, 0, 'other pages show the title, so none is reused');
	assert.ok(renamed.rendered.includes('/en/compare/'));
	const sibling = await readFile(join(project, 'dist/en/services/waf/index.html'), 'utf8');
	assert.match(sibling, /Renamed/);
});

test('after a style edit on another page, every page links a stylesheet that exists', async () => {
	build();
	const search = join(project, 'src/pages/[lang]/search.astro');
	await writeFile(
		search,
		(await readFile(search, 'utf8')).replace('<style>', '<style>\n\t.test-edit { order: 1; }'),
	);
	const rebuilt = build();
	assert.equal(rebuilt.reused.length, 0, 'the shared stylesheet was renamed');
	for (const page of rebuilt.rendered) {
		const html = await readFile(join(project, 'dist', page, 'index.html'), 'utf8');
		for (const [, href] of html.matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g))
			await access(join(project, 'dist', href!));
	}
});

test('after a glossary edit, pages whose text did not change show the new definitions', async () => {
	build();
	const glossary = join(project, 'src/i18n/glossary.ts');
	const source = await readFile(glossary, 'utf8');
	await writeFile(glossary, source.replace(/definition:(\s*)'/g, "definition:$1'Edited: "));
	try {
		build();
		const html = await readFile(join(project, 'dist/en/services/shield/index.html'), 'utf8');
		assert.match(html, /role="tooltip"[^>]*>.*?<\/span> Edited: /);
	} finally {
		await writeFile(glossary, source);
	}
});
