/**
 * Content linter: schema, heading ids, ja/en outlines, twins, related slugs and internal links
 * for every page under content/. Prints `file:line field: message` and exits 1 on any problem.
 * Usage: node scripts/lint-content.ts [content-dir]
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { findContentProblems, formatProblems, type Problem } from '../src/lib/content-checks.ts';
import { parsePageSource } from '../src/lib/page-source.ts';
import { SLUG } from '../src/lib/entries.ts';
import { LOCALES } from '../src/i18n/locales.ts';
import { GLOSSARY } from '../src/i18n/glossary.ts';
import type { GlossaryTermInput } from '../src/i18n/glossary-schema.ts';
import { findAvoidedSpellings, parseGlossary } from '../src/lib/glossary.ts';

/**
 * Lints every page below `root` (a folder holding ja/ and en/), and the glossary: its terms,
 * and Japanese spellings it rejects.
 */
export async function lintContent(
	root: string,
	glossary: readonly GlossaryTermInput[] = GLOSSARY,
): Promise<Problem[]> {
	const problems: Problem[] = [];
	const pages = [];
	const sources: { file: string; locale: string; source: string }[] = [];
	for (const locale of LOCALES) {
		const folder = join(root, locale, 'services');
		const names = await readdir(folder).catch(() => [] as string[]);
		for (const name of names.filter((n) => n.endsWith('.mdx')).sort()) {
			const path = join(folder, name);
			const file = relative(process.cwd(), path);
			const slug = name.replace(/\.mdx$/, '');
			if (!SLUG.test(slug)) {
				problems.push({
					file,
					message: `the slug "${slug}" is its URL forever; expected ASCII kebab-case (a-z, 0-9, hyphens)`,
				});
				continue;
			}
			const source = await readFile(path, 'utf8');
			sources.push({ file, locale, source });
			const parsed = parsePageSource(file, { locale, slug }, source);
			problems.push(...parsed.problems);
			pages.push(parsed.page);
		}
	}
	if (pages.length === 0)
		problems.push({ file: root, message: 'no pages found; expected <lang>/services/*.mdx' });
	const { terms, problems: glossaryProblems } = parseGlossary(
		glossary,
		pages.map((p) => p.slug),
	);
	const spelling = sources
		.filter((s) => s.locale === 'ja')
		.flatMap((s) => findAvoidedSpellings(s.file, s.source, terms));
	return [...problems, ...findContentProblems(pages), ...glossaryProblems, ...spelling];
}

if (import.meta.main) {
	const root = process.argv[2] ?? 'content';
	const problems = await lintContent(root);
	if (problems.length > 0) {
		console.error(formatProblems(problems));
		process.exit(1);
	}
	console.log(`content ok: ${root}`);
}
