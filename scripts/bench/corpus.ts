/**
 * A large corpus for the benchmark: N pages per language derived from the real ones, written
 * into a copy of a project (its content/ is never touched). Each derived page keeps its source's
 * frontmatter and body (so heading ids, links and tables stay valid) under a new slug and title.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LOCALES, type Locale } from '../../src/i18n/locales.ts';

/** What a build needs besides content/ and node_modules/ (copied when the project has it). */
const PROJECT_FILES = [
	'src',
	'public',
	'scripts',
	'astro.config.mjs',
	'package.json',
	'tsconfig.json',
];

/** Caches that tools keep inside node_modules; each copy gets its own, so builds stay cold. */
const PRIVATE_CACHES = new Set(['.astro', '.vite', '.cache']);

/**
 * Rewrites one page as copy number `n`: a new title, so pages differ. Japanese titles take
 * full-width parentheses, as the house style (and so the build) requires.
 * @example derivePage('---\ntitle: AWS WAF\n…', 3, 'en') // '---\ntitle: AWS WAF (3)\n…'
 */
export function derivePage(source: string, n: number, locale: Locale): string {
	const suffix = locale === 'ja' ? `（${n}）` : ` (${n})`;
	return source.replace(
		/^title: (.*)$/m,
		(_line, title: string) => `title: ${title.replace(/^(['"]?)(.*?)\1$/, '$2')}${suffix}`,
	);
}

/**
 * node_modules as a folder of links to the real packages, so the copy resolves the same
 * packages but keeps Astro's data store and Vite's cache (which live in node_modules) to itself:
 * git worktrees share one node_modules, and a shared data store would mix projects.
 */
async function linkNodeModules(dir: string, from: string): Promise<void> {
	// A baseline with packages of its own (see baseline.ts) uses them; otherwise this tree's.
	const own = resolve(from, 'node_modules');
	const real = (await stat(own).catch(() => undefined)) ? own : resolve('node_modules');
	await mkdir(join(dir, 'node_modules'));
	for (const name of await readdir(real)) {
		if (PRIVATE_CACHES.has(name)) continue;
		await symlink(join(real, name), join(dir, 'node_modules', name));
	}
}

/**
 * Creates a copy of the project in `from` (default: this one) with `pagesPerLocale` pages per
 * language; returns its folder.
 */
export async function createCorpus(pagesPerLocale: number, from = '.'): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), `atlas-bench-${pagesPerLocale}-`));
	for (const entry of PROJECT_FILES) {
		const source = join(from, entry);
		if (await stat(source).catch(() => undefined))
			await cp(source, join(dir, entry), { recursive: true });
	}
	await linkNodeModules(dir, from);
	for (const locale of LOCALES) {
		const pages = join(from, 'content', locale, 'services');
		const to = join(dir, 'content', locale, 'services');
		await mkdir(to, { recursive: true });
		const names = (await readdir(pages)).filter((n) => n.endsWith('.mdx')).sort();
		for (const name of names) await cp(join(pages, name), join(to, name));
		for (let i = 0; names.length + i < pagesPerLocale; i++) {
			const name = names[i % names.length]!;
			const copy = Math.floor(i / names.length) + 2;
			const source = await readFile(join(pages, name), 'utf8');
			await writeFile(
				join(to, name.replace(/\.mdx$/, `-${copy}.mdx`)),
				derivePage(source, copy, locale),
			);
		}
	}
	return dir;
}
