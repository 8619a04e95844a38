// Facts about the built site that tests iterate over, read from the build itself.
import { readFileSync } from 'node:fs';

export const LOCALES = ['ja', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Every page path listed in the built sitemap, relative to the base (e.g. `ja/services/waf/`). */
export function sitemapPaths(): string[] {
	const xml = readFileSync(`${process.env.DIST_DIR ?? 'dist'}/sitemap.xml`, 'utf8');
	const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) =>
		new URL(m[1]!).pathname.slice(base.length),
	);
}
