/**
 * The search lexicon of one language: every page search can show without asking Pagefind
 * (reference pages, comparisons, the glossary and the other hubs), and every name a reader may
 * type for them (titles, aliases, glossary terms, need words), keyed by `bestBetKey`. Built once
 * per language at build time and served as JSON, so the search page and the search dialog share
 * it and the browser never sees the raw content.
 */
import type { GlossaryTerm } from '../i18n/glossary-schema.ts';
import type { Locale } from '../i18n/locales.ts';
import { bestBetKey } from './search-query.ts';
import type { SearchSynonym } from './search-synonyms.ts';

/** How a name points at its page, strongest first (lower wins when two sources share a key). */
export const NAME_KINDS = ['need', 'title', 'alias', 'term', 'other'] as const;
export type NameKind = (typeof NAME_KINDS)[number];

/** What a page is for ranking: reference pages answer, topics compare, hubs list. */
export type PageType = 'page' | 'topic' | 'hub';

export interface LexiconPage {
	url: string;
	title: string;
	summary: string;
	type: PageType;
	/** Facet name → localized label (`category`, `layer`), as Pagefind's filters hold them. */
	facets: Record<string, string>;
	/** A topic's member pages (indices into `pages`). */
	members?: number[];
	/** The page is tables (comparisons, the matrix, the map): results show its summary, not cells. */
	tables?: true;
}

export interface LexiconName {
	/** Index into NAME_KINDS. */
	k: number;
	/** Pages the name stands for (indices into `pages`), best first. */
	p: number[];
	/** The page-language spelling to search for, when the typed one differs (stateful → ステートフル). */
	s?: string;
}

export interface SearchLexicon {
	pages: LexiconPage[];
	names: Record<string, LexiconName>;
	/** Localized labels of every category: searching "any of these" keeps reference pages only. */
	categories: string[];
}

export interface LexiconInput {
	locale: Locale;
	/** Reference pages of this language, with the other language's names for cross-language typing. */
	pages: readonly {
		slug: string;
		url: string;
		title: string;
		summary: string;
		aliases: readonly string[];
		otherNames: readonly string[];
		facets: Record<string, string>;
		topics: readonly string[];
	}[];
	topics: readonly {
		id: string;
		url: string;
		title: string;
		intro: string;
		names: readonly string[];
	}[];
	hubs: readonly {
		url: string;
		title: string;
		summary: string;
		names: readonly string[];
		tables: boolean;
	}[];
	glossary: readonly GlossaryTerm[];
	synonyms: readonly SearchSynonym[];
	categories: readonly string[];
}

/** Builds the lexicon of one language. Throws on a synonym or term naming an unknown page. */
export function buildSearchLexicon(input: LexiconInput): SearchLexicon {
	const pages: LexiconPage[] = [];
	const index = new Map<string, number>();
	for (const page of input.pages) {
		index.set(page.slug, pages.length);
		pages.push({
			url: page.url,
			title: page.title,
			summary: page.summary,
			type: 'page',
			facets: page.facets,
		});
	}
	const topicIndex = new Map<string, number>();
	for (const topic of input.topics) {
		topicIndex.set(topic.id, pages.length);
		pages.push({
			url: topic.url,
			title: topic.title,
			summary: topic.intro,
			type: 'topic',
			facets: {},
			tables: true,
		});
	}
	for (const page of input.pages) {
		for (const topic of page.topics) {
			const t = topicIndex.get(topic);
			if (t !== undefined) (pages[t]!.members ??= []).push(index.get(page.slug)!);
		}
	}
	const hubStart = pages.length;
	for (const hub of input.hubs) {
		pages.push({
			url: hub.url,
			title: hub.title,
			summary: hub.summary,
			type: 'hub',
			facets: {},
			...(hub.tables ? { tables: true as const } : {}),
		});
	}

	const names: Record<string, LexiconName> = {};
	const add = (
		spelling: string,
		kind: NameKind,
		page: number,
		extra: Partial<LexiconName> = {},
	) => {
		const key = bestBetKey(spelling);
		if (!key) return;
		const k = NAME_KINDS.indexOf(kind);
		const known = names[key];
		if (!known || k < known.k) names[key] = { k, p: [page], ...extra };
		else if (k === known.k && !known.p.includes(page)) known.p.push(page);
	};
	const slugIndex = (slug: string, where: string) => {
		const i = index.get(slug);
		if (i === undefined) throw new Error(`${where}: unknown page "${slug}"`);
		return i;
	};

	for (const synonym of input.synonyms) {
		const targets = synonym.pages.map((slug) => slugIndex(slug, 'src/lib/search-synonyms.ts'));
		for (const word of synonym.words) {
			for (const page of targets) add(word, 'need', page);
		}
	}
	input.pages.forEach((page, i) => {
		add(page.title, 'title', i);
		for (const alias of page.aliases) add(alias, 'alias', i);
	});
	input.topics.forEach((topic) => {
		const i = topicIndex.get(topic.id)!;
		add(topic.title, 'title', i);
		for (const name of topic.names) add(name, 'alias', i);
	});
	input.hubs.forEach((hub, h) => {
		add(hub.title, 'title', hubStart + h);
		for (const name of hub.names) add(name, 'alias', hubStart + h);
	});
	for (const term of input.glossary) {
		const slug = term.pages[0];
		if (!slug) continue;
		const page = slugIndex(slug, `src/i18n/glossary.ts (${term.id})`);
		const own = term[input.locale].term;
		const spellings = [
			term.ja.term,
			...term.ja.also,
			...(term.ja.reading ? [term.ja.reading] : []),
			term.en.term,
			...term.en.also,
		];
		for (const spelling of spellings) {
			const differs = bestBetKey(spelling) !== bestBetKey(own);
			add(spelling, 'term', page, differs ? { s: own } : {});
		}
	}
	input.pages.forEach((page, i) => {
		for (const name of page.otherNames) add(name, 'other', i);
	});
	return { pages, names, categories: [...input.categories] };
}
