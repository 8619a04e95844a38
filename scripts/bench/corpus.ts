/**
 * A large corpus for the benchmark: N pages per language derived from the real ones, written
 * into a copy of the project (content/ is never touched). Each derived page keeps its source's
 * frontmatter and body (so heading ids, links and tables stay valid) under a new slug and title.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LOCALES } from '../../src/i18n/locales.ts';

const PROJECT_FILES = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * Rewrites one page as copy number `n`: a new title (so pages differ) and order.
 * @example derivePage('---\ntitle: AWS WAF\n…', 3) // '---\ntitle: AWS WAF (3)\n…'
 */
export function derivePage(source: string, n: number): string {
	return source.replace(
		/^title: (.*)$/m,
		(_line, title: string) => `title: ${title.replace(/^(['"]?)(.*?)\1$/, '$2')} (${n})`,
	);
}

/** Creates a project copy with `pagesPerLocale` pages per language; returns its folder. */
export async function createCorpus(pagesPerLocale: number): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), `atlas-bench-${pagesPerLocale}-`));
	for (const entry of PROJECT_FILES) await cp(entry, join(dir, entry), { recursive: true });
	await symlink(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
	for (const locale of LOCALES) {
		const from = join('content', locale, 'services');
		const to = join(dir, 'content', locale, 'services');
		await mkdir(to, { recursive: true });
		const names = (await readdir(from)).filter((n) => n.endsWith('.mdx')).sort();
		for (const name of names) await cp(join(from, name), join(to, name));
		for (let i = 0; names.length + i < pagesPerLocale; i++) {
			const name = names[i % names.length]!;
			const copy = Math.floor(i / names.length) + 2;
			const source = await readFile(join(from, name), 'utf8');
			await writeFile(join(to, name.replace(/\.mdx$/, `-${copy}.mdx`)), derivePage(source, copy));
		}
	}
	return dir;
}
