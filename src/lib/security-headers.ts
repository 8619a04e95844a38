/**
 * HTTP headers a host should send with the site, as a `_headers` file (Netlify, Cloudflare
 * Pages; `scripts/serve.ts` applies the same file). The Content-Security-Policy allows our
 * own files only, the inline theme script by its hash, and WebAssembly for Pagefind.
 */
import { createHash } from 'node:crypto';
import { normalizeBase } from './urls.ts';

/** `'sha256-…'` source expression of an inline script. */
export function scriptHash(script: string): string {
	return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/** Directives a `<meta http-equiv>` policy cannot carry (browsers ignore them there). */
const HEADER_ONLY = ['frame-ancestors'];

/**
 * The Content-Security-Policy value for the site: our own files only, the inline theme script
 * by its hash, and WebAssembly for Pagefind. `forMeta` leaves out header-only directives.
 */
export function contentSecurityPolicy(
	inlineScripts: readonly string[],
	{ forMeta = false } = {},
): string {
	return [
		"default-src 'self'",
		`script-src 'self' 'wasm-unsafe-eval' ${inlineScripts.map(scriptHash).join(' ')}`.trim(),
		"style-src 'self'",
		"img-src 'self'",
		"connect-src 'self'",
		"worker-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		"frame-ancestors 'none'",
	]
		.filter((directive) => !forMeta || !HEADER_ONLY.includes(directive.split(' ')[0]!))
		.join('; ');
}

/** Hashed build assets never change under their name: browsers may keep them for a year. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

/** Headers for every path of the site. */
export function securityHeaders(inlineScripts: readonly string[]): Record<string, string> {
	return {
		'Content-Security-Policy': contentSecurityPolicy(inlineScripts),
		'X-Content-Type-Options': 'nosniff',
		'Referrer-Policy': 'strict-origin-when-cross-origin',
		'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
	};
}

/**
 * Renders headers as a `_headers` file: `headers` for all paths below `base`, and a year of
 * caching for the hashed files Astro writes to `_astro/`.
 */
export function renderHeadersFile(base: string, headers: Record<string, string>): string {
	const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
	const root = normalizeBase(base);
	return `${root}*\n${lines.join('\n')}\n${root}_astro/*\n  Cache-Control: ${IMMUTABLE_CACHE}\n`;
}

/** Reads a `_headers` file back: path pattern → headers. */
export function parseHeadersFile(
	text: string,
): { pattern: string; headers: Record<string, string> }[] {
	const rules: { pattern: string; headers: Record<string, string> }[] = [];
	for (const line of text.split('\n')) {
		if (line.trim() === '' || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
		else {
			const [name, ...value] = line.trim().split(':');
			const rule = rules.at(-1);
			if (rule && name) rule.headers[name.trim()] = value.join(':').trim();
		}
	}
	return rules;
}

/** The headers that apply to a request path (patterns: exact, or a prefix ending in `*`). */
export function headersForPath(
	rules: ReturnType<typeof parseHeadersFile>,
	path: string,
): Record<string, string> {
	return Object.assign(
		{},
		...rules
			.filter((r) =>
				r.pattern.endsWith('*') ? path.startsWith(r.pattern.slice(0, -1)) : path === r.pattern,
			)
			.map((r) => r.headers),
	);
}
