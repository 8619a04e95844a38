import type { APIRoute } from 'astro';
import { entries } from '../catalog.ts';
import { listSitePages } from '#lib/site-pages.ts';
import { renderSitemap } from '#lib/sitemap.ts';
import { LOCALES } from '#i18n/locales.ts';

export const GET: APIRoute = ({ site }) => {
	const absolute = (path: string) => new URL(path, site).href;
	const sets = listSitePages(entries, import.meta.env.BASE_URL).map(
		(set) => Object.fromEntries(LOCALES.map((l) => [l, absolute(set[l])])) as typeof set,
	);
	const xml = renderSitemap(sets, absolute(import.meta.env.BASE_URL));
	return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
