// Emits dist/_headers (Astro ignores page files whose names start with `_`, hence the param).
import type { APIRoute } from 'astro';
import { renderHeadersFile, securityHeaders } from '#lib/security-headers.ts';
import { THEME_SCRIPT } from '#lib/theme-script.ts';

export function getStaticPaths() {
	return [{ params: { headers: '_headers' } }];
}

export const GET: APIRoute = () =>
	new Response(renderHeadersFile(import.meta.env.BASE_URL, securityHeaders([THEME_SCRIPT])), {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
