import type { APIRoute } from 'astro';
import { assetUrl } from '#lib/urls.ts';

export const GET: APIRoute = ({ site }) => {
	const sitemap = new URL(assetUrl(import.meta.env.BASE_URL, 'sitemap.xml'), site).href;
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
