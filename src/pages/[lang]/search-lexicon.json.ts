// The search lexicon of one language (pages, names, categories) as JSON, fetched by the search
// page and the search dialog when a reader starts searching, never on page load.
import type { APIRoute } from 'astro';
import { entries, glossary } from '../../catalog.ts';
import { parseEntryId } from '#lib/entries.ts';
import { buildSearchLexicon } from '#lib/search-lexicon.ts';
import { HUB_NAMES, SEARCH_SYNONYMS, TOPIC_NAMES } from '#lib/search-synonyms.ts';
import { topicsOf, TOPIC_IDS } from '#lib/topics.ts';
import { changesUrl, compareUrl, glossaryUrl, misconceptionsUrl, pageUrl } from '#lib/urls.ts';
import { LOCALES, otherLocale, type Locale } from '#i18n/locales.ts';
import { useTranslations } from '#i18n/ui.ts';
import { CATEGORIES } from '#schema';

export function getStaticPaths() {
	return LOCALES.map((locale) => ({ params: { lang: locale }, props: { locale } }));
}

export const GET: APIRoute = ({ props }) => {
	const { locale } = props as { locale: Locale };
	const other = otherLocale(locale);
	const t = useTranslations(locale);
	const tOther = useTranslations(other);
	const base = import.meta.env.BASE_URL;
	const ours = entries.filter((e) => parseEntryId(e.id).locale === locale);
	const hubs = [
		{
			id: 'matrix',
			url: compareUrl(base, locale),
			title: 'compare.title',
			summary: 'compare.intro',
		},
		{
			id: 'map',
			url: compareUrl(base, locale, 'map'),
			title: 'map.pageTitle',
			summary: 'map.intro',
		},
		{
			id: 'glossary',
			url: glossaryUrl(base, locale),
			title: 'glossary.title',
			summary: 'glossary.intro',
		},
		{
			id: 'misconceptions',
			url: misconceptionsUrl(base, locale),
			title: 'misconceptions.title',
			summary: 'misconceptions.intro',
		},
		{
			id: 'changes',
			url: changesUrl(base, locale),
			title: 'changes.title',
			summary: 'changes.intro',
		},
	] as const;
	const lexicon = buildSearchLexicon({
		locale,
		pages: ours.map((entry) => {
			const { slug } = parseEntryId(entry.id);
			const twin = entries.find((e) => e.id === `${other}/services/${slug}`);
			return {
				slug,
				url: pageUrl(base, locale, slug),
				title: entry.data.title,
				summary: entry.data.summary,
				aliases: entry.data.aliases,
				otherNames: twin ? [twin.data.title, ...twin.data.aliases] : [],
				facets: {
					category: t(`category.${entry.data.category}`),
					layer: t(`layer.${entry.data.layer}`),
				},
				topics: topicsOf(entry.data),
			};
		}),
		topics: TOPIC_IDS.map((id) => ({
			id,
			url: compareUrl(base, locale, id),
			title: t(`topic.${id}.title`),
			intro: t(`topic.${id}.intro`),
			names: [tOther(`topic.${id}.title`), ...(TOPIC_NAMES[id] ?? [])],
		})),
		hubs: hubs.map((hub) => ({
			url: hub.url,
			title: t(hub.title),
			summary: t(hub.summary),
			names: [tOther(hub.title), ...(HUB_NAMES[hub.id] ?? [])],
			tables: hub.id === 'matrix' || hub.id === 'map',
		})),
		glossary,
		synonyms: SEARCH_SYNONYMS,
		categories: CATEGORIES.map((c) => t(`category.${c}`)),
	});
	return new Response(JSON.stringify(lexicon), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
