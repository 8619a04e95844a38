// Search for the search page and the search dialog: loads Pagefind and the lexicon on demand,
// runs the searches a query needs, and returns results ready to render. The decisions (what a
// query names, the order, the excerpts) are pure functions in src/lib; this file only wires
// them to Pagefind.
import { analyzeQuery, asksForOnePage, type QueryAnalysis } from '../lib/search-intent.ts';
import { buildSnippet, markTerms, type FragmentText, type Snippet } from '../lib/search-excerpt.ts';
import type { LexiconPage, SearchLexicon } from '../lib/search-lexicon.ts';
import { rankResults, type Candidate, type Ranked } from '../lib/search-rank.ts';
import { brokenKatakana, holdsWhole, missingWords } from '../lib/search-match.ts';
import type { ExcerptPart } from '../lib/search-query.ts';

interface PagefindData extends FragmentText {
	content: string;
}
interface PagefindResult {
	id: string;
	score: number;
	data: () => Promise<PagefindData>;
}
type Filters = Record<string, string | { any: string[] }>;
interface Pagefind {
	options: (options: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	search: (
		query: string,
		options?: { filters?: Filters },
	) => Promise<{ results: PagefindResult[] } | null>;
}

/** The text Pagefind indexed for a page: its title and content. */
const textOf = (data: PagefindData) => `${data.meta.title ?? ''} ${data.content}`;

/** One result as the UI shows it. */
export interface ShownResult {
	url: string;
	title: string;
	badges: string[];
	/** The first result, when the query named it (or the comparison of the pages it names). */
	isBest: boolean;
	section: Snippet['section'];
	parts: ExcerptPart[];
	firstMark: string | undefined;
}

export interface SearchOutcome {
	/** The normalised query the results are for. */
	query: string;
	analysis: QueryAnalysis;
	results: ShownResult[];
	total: number;
	/** The next batch (empty when there is none). */
	more: () => Promise<ShownResult[]>;
	hasMore: () => boolean;
}

export interface EngineOptions {
	/** Folder of the Pagefind bundle (`/pagefind/`). */
	bundle: string;
	/** Site base path, for Pagefind's result URLs. */
	base: string;
	/** URL of this language's search lexicon. */
	lexicon: string;
	locale: 'ja' | 'en';
	/** Badge labels for results that are not reference pages. */
	labels: { topic: string; hub: string };
	/** Run Pagefind in its web worker (off: on the main thread, one download less). */
	worker: boolean;
	/** Imports Pagefind's module (a dynamic import kept out of the search code's chunk). */
	importPagefind: (url: string) => Promise<unknown>;
}

/**
 * Results per batch, as many as Pagefind's own UI shows first: each costs a download of the
 * page's text, and five hold every answer of the query set (e2e/search-queries.json).
 */
const BATCH = 5;
/** Pagefind results whose text is loaded to rank them by whole words: the first batch's. */
const RANKED = BATCH;
/** Fewer whole-query results than this: search each word on its own as well. */
const OR_BELOW = 5;

type Pending = { ranked: Ranked } | { result: PagefindResult; hub?: true };

/** Lists (glossary, matrix…) wait for "more" once this many answers fill the first batch. */
const HUBS_AFTER = 3;

export class SearchEngine {
	#options: EngineOptions;
	#pagefind: Promise<Pagefind> | undefined;
	#lexicon: Promise<SearchLexicon> | undefined;
	#ready = false;

	constructor(options: EngineOptions) {
		this.#options = options;
	}

	/** Starts loading Pagefind and the lexicon (idempotent); rejects when either is missing. */
	load(): Promise<[Pagefind, SearchLexicon]> {
		this.#pagefind ??= (async () => {
			const pagefind = (await this.#options.importPagefind(
				`${this.#options.bundle}pagefind.js`,
			)) as Pagefind;
			await pagefind.options({
				baseUrl: this.#options.base,
				noWorker: !this.#options.worker,
				// Long reference pages are the answer more often than short lists; soften the default
				// preference for short pages (measured with e2e/search-queries.json).
				ranking: { pageLength: 0.25 },
			});
			await pagefind.init();
			this.#ready = true;
			return pagefind;
		})();
		this.#lexicon ??= fetch(this.#options.lexicon).then((r) => {
			if (!r.ok) throw new Error(`${r.status} ${this.#options.lexicon}`);
			return r.json() as Promise<SearchLexicon>;
		});
		return Promise.all([this.#pagefind, this.#lexicon]);
	}

	/** Whether Pagefind has loaded: a search then needs at most its words' index chunks. */
	get ready(): boolean {
		return this.#ready;
	}

	/**
	 * The pages `raw` names (title, alias, glossary term, need word), from the lexicon alone, in
	 * the order `search` puts them first, each with its summary. Pagefind's runtime is most of what
	 * a first search downloads: these can be shown while it loads.
	 */
	async named(
		raw: string,
		facets: Record<string, string> = {},
	): Promise<{ query: string; results: ShownResult[] }> {
		void this.load().catch(() => undefined);
		const lexicon = await this.#lexicon!;
		const analysis = analyzeQuery(raw, lexicon);
		const results = rankResults(analysis, [], lexicon.pages, facets)
			.slice(0, BATCH)
			.map((r, i) => this.#present(r.url, lexicon.pages[r.page!], undefined, analysis, i === 0));
		return { query: analysis.query, results };
	}

	/**
	 * Searches `raw` within the chosen facets (facet name → localized label). Resolves with
	 * undefined when `isCurrent` says a newer keystroke took over before any page text loaded.
	 */
	async search(
		raw: string,
		facets: Record<string, string>,
		isCurrent: () => boolean = () => true,
	): Promise<SearchOutcome | undefined> {
		const [pagefind, lexicon] = await this.load();
		// Keys typed while Pagefind was still loading: only the newest query searches the index.
		if (!isCurrent()) return undefined;
		const analysis = analyzeQuery(raw, lexicon);
		const byUrl = new Map(lexicon.pages.map((p) => [p.url, p]));
		const hasFacets = Object.keys(facets).length > 0;
		// Reference pages carry a category; "any category" leaves out the lists and comparisons.
		const refFilter: Filters = facets.category
			? facets
			: { ...facets, category: { any: lexicon.categories } };
		// Page texts, each fetched once however many searches return the page.
		const texts = new Map<string, Promise<PagefindData>>();
		const dataOf = (result: PagefindResult) => {
			let data = texts.get(result.id);
			if (!data) texts.set(result.id, (data = result.data()));
			return data;
		};
		// Pagefind answers a Latin word it cannot find with the longest indexed word that starts it
		// (qqzzxx → the "Q" of Amazon Q): when its first page lacks a word, all its pages do.
		const isGuess = async (query: string, first: PagefindResult | undefined) => {
			if (!first) return false;
			const data = await dataOf(first);
			return missingWords(textOf(data), query).length > 0;
		};
		// Nothing left to search (markup or lone letters only): Pagefind would list every page.
		const hasWords = analysis.search !== '';
		let [main, all] = await Promise.all([
			hasWords ? pagefind.search(analysis.search, { filters: refFilter }) : null,
			hasFacets || !hasWords ? null : pagefind.search(analysis.search, { filters: {} }),
		]);
		if (!isCurrent()) return undefined; // typing on: skip loading page text for this one
		if (await isGuess(analysis.search, main?.results[0] ?? all?.results[0])) main = all = null;
		const refs = [...(main?.results ?? [])];
		const hits = new Map(refs.map((r) => [r.id, analysis.words.length]));
		// Single letters match nearly every page as a prefix: they only count in the whole query.
		const orWords = analysis.words.filter((w) => !/^[a-z0-9]$/.test(w));
		if (orWords.length >= 2 && refs.length < OR_BELOW) {
			const single = await Promise.all(
				orWords.map(async (w) => {
					const response = await pagefind.search(w, { filters: refFilter });
					return (await isGuess(w, response?.results[0])) ? null : response;
				}),
			);
			const partial = new Map<string, { result: PagefindResult; hits: number; score: number }>();
			for (const response of single) {
				const results = response?.results ?? [];
				const top = results[0]?.score || 1;
				for (const result of results) {
					if (hits.has(result.id)) continue;
					const known = partial.get(result.id) ?? { result, hits: 0, score: 0 };
					known.hits++;
					known.score += result.score / top;
					partial.set(result.id, known);
				}
			}
			// A page must hold at least half of the words to count as an answer.
			const enough = Math.ceil(orWords.length / 2);
			const more = [...partial.values()]
				.filter((p) => p.hits >= enough)
				.toSorted((a, b) => b.hits - a.hits || b.score - a.score);
			for (const { result, hits: n } of more) {
				refs.push({ ...result, score: 0 });
				hits.set(result.id, n);
			}
		}
		const refIds = new Set(refs.map((r) => r.id));
		const hubs = (all?.results ?? []).filter((r) => !refIds.has(r.id));
		if (!isCurrent()) return undefined; // typing on: skip loading page text for this one

		let loaded = await Promise.all(refs.slice(0, RANKED).map(dataOf));
		// A katakana word the browser split down to single letters matches nearly every page piece
		// by piece: when none of the first pages holds it whole, no page answers the query.
		const broken = brokenKatakana(analysis.search);
		if (broken.length > 0 && !loaded.some((d) => holdsWhole(textOf(d), broken))) {
			loaded = [];
			refs.length = 0;
			hubs.length = 0;
		}
		const dataByUrl = new Map(loaded.map((d) => [d.url, d]));
		const candidates: Candidate[] = loaded.map((d, i) => ({
			url: d.url,
			score: refs[i]!.score,
			hits: hits.get(refs[i]!.id) ?? 0,
			content: d.content,
		}));
		const ranked = rankResults(analysis, candidates, lexicon.pages, facets);
		const pending: Pending[] = [
			...ranked.map((r) => ({ ranked: r })),
			...refs.slice(RANKED).map((r) => ({ result: r })),
			...hubs.map((r) => ({ result: r, hub: true as const })),
		];
		const shown = new Set<string>();
		const show = (
			url: string,
			page: LexiconPage | undefined,
			data: PagefindData | undefined,
			isBest: boolean,
		) => {
			if (shown.has(url)) return undefined;
			shown.add(url);
			return this.#present(url, page, data, analysis, isBest);
		};
		let first = true;
		const next = async (): Promise<ShownResult[]> => {
			const out: ShownResult[] = [];
			while (out.length < BATCH && pending.length > 0) {
				// The first batch leaves the lists for "more" when enough answers fill it (each list
				// is a large download, and never the answer when a page explains the words).
				const room = BATCH - out.length;
				const hubAt = pending.findIndex((p) => 'hub' in p);
				const take =
					first && out.length + (hubAt === -1 ? room : hubAt) >= HUBS_AFTER && hubAt !== -1
						? Math.min(room, hubAt)
						: room;
				if (take === 0) break;
				const batch = pending.splice(0, take);
				const resolved = await Promise.all(
					batch.map(async (p) => {
						if ('ranked' in p) {
							const page = p.ranked.page === undefined ? undefined : lexicon.pages[p.ranked.page];
							return {
								url: p.ranked.url,
								page,
								data: dataByUrl.get(p.ranked.url),
								ranked: p.ranked,
							};
						}
						const data = await dataOf(p.result);
						return { url: data.url, page: byUrl.get(data.url), data, ranked: undefined };
					}),
				);
				for (const r of resolved) {
					const isBest = shown.size === 0 && r.ranked !== undefined && r.ranked.reason !== 'found';
					const result = show(r.url, r.page, r.data, isBest);
					if (result) out.push(result);
				}
			}
			first = false;
			return out;
		};
		const results = await next();
		return {
			query: analysis.query,
			analysis,
			results,
			total: ranked.length + Math.max(0, refs.length - RANKED) + hubs.length,
			more: next,
			hasMore: () => pending.length > 0,
		};
	}

	#present(
		url: string,
		page: LexiconPage | undefined,
		data: PagefindData | undefined,
		analysis: QueryAnalysis,
		isBest: boolean,
	): ShownResult {
		const badges =
			page?.type === 'topic'
				? [this.#options.labels.topic]
				: page?.type === 'hub'
					? [this.#options.labels.hub]
					: Object.values(page?.facets ?? {});
		const title = page?.title ?? data?.meta.title ?? url;
		const summary = (): ShownResult => ({
			url,
			title,
			badges,
			isBest,
			section: undefined,
			parts: markTerms(page?.summary ?? '', analysis.terms),
			firstMark: undefined,
		});
		if (!data || page?.tables || (isBest && asksForOnePage(analysis))) return summary();
		const snippet = buildSnippet(data, analysis.units, this.#options.locale);
		if (snippet.parts.length === 0) return summary();
		return { url, title, badges, isBest, ...snippet };
	}
}
