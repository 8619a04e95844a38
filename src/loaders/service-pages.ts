/**
 * The content loader of the reference pages (content/<lang>/services/<slug>.mdx, ids like
 * ja/services/waf). Each page is checked (page-source.ts: code, unsafe links, markup, house
 * style, schema) and rendered to HTML here, once, and Astro's data store keeps the HTML: pages
 * are never compiled to JavaScript modules, and a rebuild re-renders only the pages whose text,
 * or whose renderer (src/lib, src/i18n, the schema, the locked packages), changed.
 * In `astro dev` an edited page is checked and rendered again as it is saved.
 */
import { glob, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { GLOSSARY } from '../i18n/glossary.ts';
import { glossaryTermSchema } from '../i18n/glossary-schema.ts';
import { codeDigest } from '../lib/code-digest.ts';
import { findHeadingProblems, formatProblems } from '../lib/content-checks.ts';
import { parseEntryId } from '../lib/entries.ts';
import { parsePageSource } from '../lib/page-source.ts';
import type { StoredPageRecord } from '../lib/stored-page.ts';
import { pageGlossary, renderPage, type PageGlossary } from '../lib/render-page.ts';

/** Where the pages are, relative to the project root. */
const CONTENT = 'content';
const PATTERN = '*/services/*.mdx';

/** What a page's HTML depends on besides its own text. */
const RENDERER = ['src/lib', 'src/i18n', 'src/schema.ts', 'package-lock.json'];

export function servicePages(): Loader {
	return {
		name: 'service-pages',
		async load(context) {
			const root = fileURLToPath(context.config.root);
			const terms = GLOSSARY.map((term) => glossaryTermSchema.parse(term));
			const glossaries = Object.fromEntries(
				LOCALES.map((locale) => [locale, pageGlossary(terms, locale, context.config.base)]),
			) as Record<Locale, PageGlossary>;
			// The config (the base path of the glossary links among it) is not in the key: Astro
			// empties the data store whenever the config changes.
			const renderer = codeDigest(RENDERER.map((path) => join(root, path)));
			const sync = (path: string) => syncPage(context, root, path, renderer, glossaries);

			const untouched = new Set(context.store.keys());
			for await (const file of glob(PATTERN, { cwd: join(root, CONTENT) })) {
				untouched.delete(await sync(join(root, CONTENT, file)));
			}
			for (const id of untouched) context.store.delete(id);

			const { watcher, logger } = context;
			if (!watcher) return;
			watcher.add(join(root, CONTENT));
			const isPage = (path: string) => path.endsWith('.mdx') && /\/services\/[^/]+$/.test(path);
			const resync = async (path: string) => {
				if (!isPage(path)) return;
				try {
					await sync(path);
				} catch (error) {
					logger.error((error as Error).message);
				}
			};
			watcher.on('change', resync);
			watcher.on('add', resync);
			watcher.on('unlink', (path) => {
				if (isPage(path)) context.store.delete(entryId(root, path));
			});
		},
	};
}

/** `content/ja/services/waf.mdx` → `ja/services/waf`. */
function entryId(root: string, path: string): string {
	return relative(join(root, CONTENT), path)
		.replace(/\\/g, '/')
		.replace(/\.mdx$/, '');
}

/**
 * Checks and renders one page into the store, unless the store holds it for the same text and
 * renderer; returns its id. A page that fails a check throws `file:line: message`.
 */
async function syncPage(
	{ store, parseData, generateDigest }: LoaderContext,
	root: string,
	path: string,
	renderer: string,
	glossaries: Record<Locale, PageGlossary>,
): Promise<string> {
	const id = entryId(root, path);
	const ref = parseEntryId(id); // throws for a folder that is not a language, or a bad slug
	const source = await readFile(path, 'utf8');
	const digest = generateDigest(`${renderer}\n${source}`);
	if (store.get(id)?.digest === digest) return id;

	const file = relative(root, path);
	const { page, problems } = parsePageSource(file, ref, source);
	problems.push(...findHeadingProblems([page]));
	if (problems.length > 0) throw new Error(formatProblems(problems));

	const { data: frontmatter, ...record } = page;
	const data = await parseData({ id, data: frontmatter, filePath: path });
	const { html, headings } = renderPage(source, ref.locale, glossaries[ref.locale]);
	// The record of the checks goes along, so the catalog's cross-page checks need not parse
	// the page again (src/catalog.ts).
	const metadata = { headings, page: record satisfies StoredPageRecord };
	store.set({ id, data, filePath: file, digest, rendered: { html, metadata } });
	return id;
}
