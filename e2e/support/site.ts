// Facts about the built site that tests iterate over, read from the build itself.
import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { serviceSchema, type Service } from '../../src/schema.ts';

export { LOCALES, type Locale } from '../../src/i18n/locales.ts';
import { normalizeBase } from '../../src/lib/urls.ts';

/** Every page path listed in the built sitemap, relative to the base (e.g. `ja/services/waf/`). */
export function sitemapPaths(): string[] {
	const xml = readFileSync(`${process.env.DIST_DIR ?? 'dist'}/sitemap.xml`, 'utf8');
	const base = normalizeBase(process.env.BASE_PATH ?? '/');
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) =>
		new URL(m[1]!).pathname.slice(base.length),
	);
}

/** The number of reference pages per language, counted from the sitemap of the build. */
export function pageCount(): number {
	return sitemapPaths().filter((p) => p.startsWith('ja/services/')).length;
}

/** A built page's HTML, read from disk (for counts over many pages without a browser). */
export function builtHtml(path: string): string {
	return readFileSync(`${process.env.DIST_DIR ?? 'dist'}/${path}index.html`, 'utf8');
}

/** The frontmatter of every Japanese page, parsed with the site's schema. */
export function frontmatters(): { slug: string; data: Service }[] {
	const dir = 'content/ja/services';
	return readdirSync(dir).map((name) => {
		const text = readFileSync(`${dir}/${name}`, 'utf8');
		const yaml = /^---\n([\s\S]*?)\n---/.exec(text)![1]!;
		return { slug: name.replace(/\.mdx$/, ''), data: serviceSchema.parse(load(yaml)) };
	});
}
