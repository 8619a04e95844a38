// The search page: runs the query in the URL on load, keeps ?q= and ?category= in the URL as
// the reader types (replaceState), and renders results as text nodes, never parsed HTML.
// Pagefind is imported on first use only.
import { bestBetKey, normalizeQuery, parseExcerpt } from '../lib/search-query.ts';

interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
}
interface PagefindData {
	url: string;
	excerpt: string;
	meta: { title?: string };
	filters: Record<string, string[]>;
	sub_results: PagefindSubResult[];
}
interface PagefindResult {
	id: string;
	score: number;
	data: () => Promise<PagefindData>;
}
interface Pagefind {
	options: (options: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	search: (
		query: string,
		options?: { filters?: Record<string, string> },
	) => Promise<{ results: PagefindResult[] } | null>;
}

const MAX_RESULTS = 20;
const DEBOUNCE_MS = 120;

class SearchPage extends HTMLElement {
	#pagefind: Promise<Pagefind> | undefined;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#run = 0;
	#labels: Record<string, string> = {};
	#bestBets: Record<string, string> = {};
	#synonyms: Record<string, string> = {};

	connectedCallback() {
		this.#labels = JSON.parse(this.dataset.labels ?? '{}');
		this.#bestBets = JSON.parse(this.dataset.bestBets ?? '{}');
		this.#synonyms = JSON.parse(this.dataset.synonyms ?? '{}');
		const form = this.querySelector('form')!;
		const input = this.querySelector<HTMLInputElement>('[data-search-main]')!;
		const params = new URLSearchParams(location.search);
		input.value = params.get('q') ?? '';
		const category = params.get('category') ?? '';
		const radio = this.querySelector<HTMLInputElement>(
			`input[name="category"][value="${CSS.escape(category)}"]`,
		);
		if (radio) radio.checked = true;
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.update(0);
		});
		input.addEventListener('input', () => this.update(DEBOUNCE_MS));
		form.addEventListener('change', () => this.update(0));
		if (input.value.trim() !== '') this.update(0);
		else if (!matchMedia('(hover: none)').matches) input.focus();
	}

	/** Reads the form, writes the URL, and searches after `delay` ms. */
	update(delay: number) {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => {
			const raw = this.querySelector<HTMLInputElement>('[data-search-main]')!.value;
			const category =
				this.querySelector<HTMLInputElement>('input[name="category"]:checked')?.value ?? '';
			const url = new URL(location.href);
			url.searchParams.delete('q');
			url.searchParams.delete('category');
			if (raw.trim()) url.searchParams.set('q', raw);
			if (category) url.searchParams.set('category', category);
			history.replaceState(history.state, '', url);
			void this.search(normalizeQuery(raw), category);
		}, delay);
	}

	loadPagefind(): Promise<Pagefind> {
		this.#pagefind ??= (async () => {
			const url = `${this.dataset.bundle}pagefind.js`;
			const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
			await pagefind.options({ baseUrl: this.dataset.base, excerptLength: 24 });
			await pagefind.init();
			return pagefind;
		})();
		return this.#pagefind;
	}

	async search(query: string, category: string) {
		const run = ++this.#run;
		const status = this.querySelector<HTMLElement>('[data-status]')!;
		const list = this.querySelector<HTMLOListElement>('[data-results]')!;
		const noResults = this.querySelector<HTMLElement>('[data-no-results]')!;
		if (!query) {
			list.replaceChildren();
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
		const label = category
			? this.querySelector<HTMLInputElement>(`input[value="${CSS.escape(category)}"]`)?.dataset
					.label
			: undefined;
		const options = label ? { filters: { category: label } } : {};
		// A glossary term in the other language also searches its counterpart (stateful → ステートフル).
		const synonym = this.#synonyms[bestBetKey(query)];
		const responses = await Promise.all(
			[query, ...(synonym ? [synonym] : [])].map((q) => pagefind.search(q, options)),
		);
		const merged = mergeResults(responses.map((r) => r?.results ?? []));
		const results = await Promise.all(merged.slice(0, MAX_RESULTS).map((r) => r.data()));
		if (run !== this.#run) return; // a newer keystroke has started another search
		const best = this.#bestBets[bestBetKey(query)];
		const ordered = best
			? [...results.filter((r) => r.url === best), ...results.filter((r) => r.url !== best)]
			: results;
		list.replaceChildren(...ordered.map((r) => this.renderResult(r, r.url === best, query)));
		status.textContent = ordered.length
			? (this.#labels.count ?? '').replace('{count}', String(ordered.length))
			: (this.#labels.none ?? '').replace('{query}', query);
		noResults.hidden = ordered.length > 0;
		const other = noResults.querySelector<HTMLAnchorElement>('[data-other-search]');
		if (other) other.search = `?q=${encodeURIComponent(query)}`;
	}

	renderResult(result: PagefindData, isBest: boolean, query: string): HTMLLIElement {
		const item = document.createElement('li');
		const title = document.createElement('a');
		title.className = 'result-title';
		title.href = result.url;
		title.textContent = result.meta.title ?? result.url;
		item.append(title);
		for (const text of [
			...(isBest ? [this.#labels.bestBet ?? ''] : []),
			...(result.filters.category ?? []),
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
				link.href = withTextFragment(section.url, query);
				link.textContent = `# ${section.title}`;
				li.append(link);
				list.append(li);
			}
			item.append(list);
		}
		return item;
	}
}

/** Merges result lists, best score first, each page once. */
function mergeResults(lists: PagefindResult[][]): PagefindResult[] {
	const byId = new Map<string, PagefindResult>();
	for (const result of lists.flat()) {
		const known = byId.get(result.id);
		if (!known || result.score > known.score) byId.set(result.id, result);
	}
	return [...byId.values()].toSorted((a, b) => b.score - a.score);
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

/** Adds a text fragment so the browser scrolls to and highlights the matched words. */
function withTextFragment(url: string, query: string): string {
	const first = query.split(' ')[0];
	return first ? `${url}:~:text=${encodeURIComponent(first)}` : url;
}

customElements.define('search-page', SearchPage);
