// Site URL and base path come from the environment, so one build serves at a domain root or
// under a sub-path (GitHub Pages project site, an S3 + CloudFront prefix).
import { defineConfig } from 'astro/config';
import { LOCALES, DEFAULT_LOCALE } from './src/i18n/locales.ts';
import { publicGuard } from './src/integrations/public-guard.ts';

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
	// The pages are MDX, but no MDX integration compiles them: src/loaders/service-pages.ts
	// checks and renders each one to HTML in the content layer (content, never code), and the
	// data store keeps that HTML between builds.
	integrations: [publicGuard()],
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
