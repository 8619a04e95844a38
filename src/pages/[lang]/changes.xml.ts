// The Atom feed of what changed, one per language, so a team can subscribe.
import type { APIRoute } from 'astro';
import { entries } from '../../catalog.ts';
import { buildAtomFeed, collectChanges } from '#lib/changes.ts';
import { changesUrl, pageUrl } from '#lib/urls.ts';
import { LOCALES, type Locale } from '#i18n/locales.ts';
import { useTranslations } from '#i18n/ui.ts';

export function getStaticPaths() {
	return LOCALES.map((locale) => ({ params: { lang: locale }, props: { locale } }));
}

export const GET: APIRoute = ({ site, props }) => {
	const { locale } = props as { locale: Locale };
	const base = import.meta.env.BASE_URL;
	const absolute = (path: string) => new URL(path, site).href;
	const xml = buildAtomFeed({
		feedUrl: absolute(changesUrl(base, locale, true)),
		pageUrl: absolute(changesUrl(base, locale)),
		title: useTranslations(locale)('changes.feedTitle'),
		locale,
		rowUrl: (row) => absolute(pageUrl(base, locale, row.slug, row.section)),
		rows: collectChanges(entries, locale),
	});
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
