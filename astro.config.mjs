// Site URL and base path come from the environment, so one build serves at a domain root or
// under a sub-path (GitHub Pages project site, an S3 + CloudFront prefix).
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { LOCALES, DEFAULT_LOCALE } from './src/i18n/locales.ts';
import { MARKDOWN_FEATURES } from './src/lib/markdown-features.ts';
import { glossaryLinks } from './src/lib/glossary-links.ts';
import { contentGuard } from './src/lib/content-guard.ts';
import { publicGuard } from './src/integrations/public-guard.ts';
import { GLOSSARY } from './src/i18n/glossary.ts';
import { glossaryTermSchema } from './src/i18n/glossary-schema.ts';

if (!process.env.SITE_URL && process.argv.includes('build')) {
	console.warn(
		'\n⚠ SITE_URL is not set: canonical URLs, Open Graph tags, the sitemap and the feeds will point at http://localhost:4321.\n  Set SITE_URL=https://your.domain (and BASE_PATH for a sub-path) for a production build.\n',
	);
}

export default defineConfig({
	site: process.env.SITE_URL ?? 'http://localhost:4321',
	base: process.env.BASE_PATH ?? '/',
	outDir: process.env.DIST_DIR ?? './dist',
	trailingSlash: 'always',
	i18n: {
		locales: [...LOCALES],
		defaultLocale: DEFAULT_LOCALE,
		routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
	},
	// No syntax highlighting: Shiki writes inline style attributes, which the CSP forbids; the
	// site's few code blocks (policy JSON) read fine in the monospace style of global.css.
	markdown: {
		processor: satteri({
			features: MARKDOWN_FEATURES,
			// The guard first: it rejects code and unsafe markup before anything else reads the page.
			mdastPlugins: [
				contentGuard(),
				glossaryLinks(GLOSSARY.map((term) => glossaryTermSchema.parse(term))),
			],
		}),
		syntaxHighlight: false,
	},
	integrations: [
		publicGuard(),
		// optimize: static parts of a page compile to one HTML string instead of a JSX call per
		// element (modules under half the size; 11 % less build CPU at 500 pages per language).
		// Headings and tables stay elements, so `components` still maps them to our components.
		mdx({ optimize: { ignoreElementNames: ['h2', 'h3', 'table'] } }),
	],
	build: { format: 'directory', inlineStylesheets: 'never' },
	devToolbar: { enabled: false },
	// Astro's data store and the incremental-build cache live in the project, not in
	// node_modules: git worktrees share one node_modules, and builds running side by side would
	// overwrite each other's cache. A rebuild re-renders only the service pages whose key
	// (src/catalog.ts pageCacheKey) or code changed; `astro build --force` ignores the cache.
	// Not in CI: its checkouts start cold every time, and keeping a copy of each page for a
	// next build costs a cold build ~5 % (1.6 s of CPU at 500 pages per language).
	cacheDir: './.astro/cache',
	experimental: { incrementalBuild: !process.env.CI },
	// Never inline scripts (one cached file per feature, a CSP without 'unsafe-inline'), and one
	// stylesheet for the whole site (4 KB gzip, fetched once, then cached for every page).
	vite: { build: { assetsInlineLimit: 0, cssCodeSplit: false } },
});
