// The search page: runs the query in the URL on load, keeps ?q= and the facets (?category=,
// ?layer=) in the URL as the reader types (replaceState), and renders results as text nodes, never parsed HTML.
// Pagefind loads when this page opens (it is the page for searching), never elsewhere.
import { bestBetKey, normalizeQuery, parseExcerpt } from '../lib/search-query.ts';
import {
	mergeByScore,
	withBestBet,
	type PageCard,
	type ResultData,
} from '../lib/search-results.ts';

interface PagefindResult {
	id: string;
	score: number;
	data: () => Promise<ResultData>;
}
interface Pagefind {
	options: (options: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	search: (
		query: string,
		options?: { filters?: Record<string, string> },
	) => Promise<{ results: PagefindResult[] } | null>;
}

/** Pagefind filters the page offers, as form fields and URL parameters of the same name. */
const FACETS = ['category', 'layer'] as const;
type Facet = (typeof FACETS)[number];

/** Results rendered per batch: each costs a fragment download. */
const BATCH = 8;
/** The URL follows the query after a pause in typing; results follow every keystroke. */
const URL_DELAY_MS = 400;

class SearchPage extends HTMLElement {
	#pagefind: Promise<Pagefind> | undefined;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#run = 0;
	#labels: Record<string, string> = {};
	#bestBets: Record<string, string> = {};
	#synonyms: Record<string, string> = {};
	#pages: Record<string, PageCard> = {};
	#pending: PagefindResult[] = [];
	#query = '';

	connectedCallback() {
		this.#labels = JSON.parse(this.dataset.labels ?? '{}');
		this.#bestBets = JSON.parse(this.dataset.bestBets ?? '{}');
		this.#synonyms = JSON.parse(this.dataset.synonyms ?? '{}');
		this.#pages = JSON.parse(this.dataset.pages ?? '{}');
		const form = this.querySelector('form')!;
		const input = this.field();
		const params = new URLSearchParams(location.search);
		input.value = params.get('q') ?? '';
		for (const facet of FACETS) {
			const value = params.get(facet) ?? '';
			const select = this.querySelector<HTMLSelectElement>(`select[name="${facet}"]`);
			if (select) select.value = [...select.options].some((o) => o.value === value) ? value : '';
			const radio = this.querySelector<HTMLInputElement>(
				`input[name="${facet}"][value="${CSS.escape(value)}"]`,
			);
			if (radio) radio.checked = true;
		}
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.update(0);
		});
		input.addEventListener('input', () => this.update(URL_DELAY_MS));
		form.addEventListener('change', () => this.update(0));
		this.querySelector('[data-more]')?.addEventListener('click', () => void this.showMore());
		if (input.value.trim() !== '') this.update(0);
		else {
			if (!matchMedia('(hover: none)').matches) input.focus();
			void this.loadPagefind().catch(() => undefined); // warm up while the reader types
		}
	}

	field(): HTMLInputElement {
		return this.querySelector<HTMLInputElement>('[data-search-main]')!;
	}

	/** The chosen facets: value for the URL, localized label for Pagefind's filter. */
	facets(): { name: Facet; value: string; label: string }[] {
		return FACETS.flatMap((name) => {
			const chosen =
				this.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`) ??
				this.querySelector<HTMLSelectElement>(`select[name="${name}"]`)?.selectedOptions[0];
			const value = chosen?.value ?? '';
			return value ? [{ name, value, label: chosen?.dataset.label ?? value }] : [];
		});
	}

	/** Searches for what the form says now; writes it into the URL after `urlDelay` ms. */
	update(urlDelay: number) {
		const raw = this.field().value;
		const facets = this.facets();
		void this.search(normalizeQuery(raw), Object.fromEntries(facets.map((f) => [f.name, f.label])));
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => {
			const url = new URL(location.href);
			for (const name of ['q', ...FACETS]) url.searchParams.delete(name);
			if (raw.trim()) url.searchParams.set('q', raw);
			for (const facet of facets) url.searchParams.set(facet.name, facet.value);
			history.replaceState(history.state, '', url);
		}, urlDelay);
	}

	loadPagefind(): Promise<Pagefind> {
		this.#pagefind ??= (async () => {
			const pagefind = (await import(
				/* @vite-ignore */ `${this.dataset.bundle}pagefind.js`
			)) as Pagefind;
			// No worker: one file less to download, and our queries are small.
			await pagefind.options({
				baseUrl: this.dataset.base,
				excerptLength: 24,
				noWorker: true,
				// Long reference pages are the answer more often than short tables; soften the
				// default preference for short pages (measured with e2e/search-queries.json).
				ranking: { pageLength: 0.25 },
			});
			await pagefind.init();
			return pagefind;
		})();
		return this.#pagefind;
	}

	async search(query: string, filters: Record<string, string>) {
		const run = ++this.#run;
		const status = this.querySelector<HTMLElement>('[data-status]')!;
		const list = this.querySelector<HTMLOListElement>('[data-results]')!;
		const noResults = this.querySelector<HTMLElement>('[data-no-results]')!;
		this.#query = query;
		if (!query) {
			list.replaceChildren();
			list.dataset.query = '';
			this.#pending = [];
			this.toggleMore();
			noResults.hidden = true;
			status.textContent = this.#labels.empty ?? '';
			return;
		}
		status.textContent = this.#labels.loading ?? '';
		let pagefind: Pagefind;
		try {
			pagefind = await this.loadPagefind();
		} catch {
			status.textContent = this.#labels.unavailable ?? '';
			return;
		}
		const options = { filters };
		// A glossary term in the other language also searches its counterpart (stateful → ステートフル).
		const synonym = this.#synonyms[bestBetKey(query)];
		const responses = await Promise.all(
			[query, ...(synonym ? [synonym] : [])].map((q) => pagefind.search(q, options)),
		);
		const merged = mergeByScore(responses.map((r) => r?.results ?? []));
		const first = await Promise.all(merged.slice(0, BATCH).map((r) => r.data()));
		if (run !== this.#run) return; // a newer keystroke has started another search
		const best = this.#bestBets[bestBetKey(query)];
		const shown = withBestBet(first, best, this.#pages, filters);
		const total = merged.length + (shown.length > first.length ? 1 : 0);
		this.#pending = merged.slice(BATCH);
		list.replaceChildren(...shown.map((r) => this.renderResult(r, r.url === best)));
		list.dataset.query = query; // which query the list shows (tests and tools wait on it)
		this.toggleMore();
		status.textContent = total
			? (this.#labels.count ?? '').replace('{count}', String(total))
			: (this.#labels.none ?? '').replace('{query}', query);
		noResults.hidden = total > 0;
		const other = noResults.querySelector<HTMLAnchorElement>('[data-other-search]');
		if (other) other.search = `?q=${encodeURIComponent(query)}`;
	}

	async showMore() {
		const run = this.#run;
		const batch = this.#pending.splice(0, BATCH);
		const data = await Promise.all(batch.map((r) => r.data()));
		if (run !== this.#run) return;
		const list = this.querySelector<HTMLOListElement>('[data-results]')!;
		const shownUrls = new Set(
			[...list.querySelectorAll<HTMLAnchorElement>('.result-title')].map((a) =>
				a.getAttribute('href'),
			),
		);
		const items = data.filter((r) => !shownUrls.has(r.url)).map((r) => this.renderResult(r, false));
		list.append(...items);
		items[0]?.querySelector('a')?.focus();
		this.toggleMore();
	}

	toggleMore() {
		const more = this.querySelector<HTMLButtonElement>('[data-more]');
		if (more) more.hidden = this.#pending.length === 0;
	}

	renderResult(result: ResultData, isBest: boolean): HTMLLIElement {
		const item = document.createElement('li');
		const title = document.createElement('a');
		title.className = 'result-title';
		title.href = result.url;
		title.textContent = result.meta.title ?? result.url;
		item.append(title);
		for (const text of [
			...(isBest ? [this.#labels.bestBet ?? ''] : []),
			...FACETS.flatMap((facet) => result.filters[facet] ?? []),
		]) {
			const badge = document.createElement('span');
			badge.className = 'badge';
			badge.textContent = text;
			item.append(badge);
		}
		item.append(excerptParagraph(result.excerpt));
		const sections = result.sub_results.filter((s) => s.url.includes('#')).slice(0, 3);
		if (sections.length > 0) {
			const list = document.createElement('ul');
			list.className = 'sections';
			for (const section of sections) {
				const li = document.createElement('li');
				const link = document.createElement('a');
				link.href = withTextFragment(section.url, this.#query);
				link.textContent = `# ${section.title}`;
				li.append(link);
				list.append(li);
			}
			item.append(list);
		}
		return item;
	}
}

function excerptParagraph(excerpt: string): HTMLParagraphElement {
	const paragraph = document.createElement('p');
	paragraph.className = 'excerpt';
	for (const part of parseExcerpt(excerpt)) {
		if (part.marked) {
			const mark = document.createElement('mark');
			mark.textContent = part.text;
			paragraph.append(mark);
		} else paragraph.append(part.text);
	}
	return paragraph;
}

/** Adds a text fragment so the browser scrolls to and highlights the first query word. */
function withTextFragment(url: string, query: string): string {
	const first = query.split(' ')[0];
	return first ? `${url}:~:text=${encodeURIComponent(first)}` : url;
}

customElements.define('search-page', SearchPage);
