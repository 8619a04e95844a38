// The search page: runs the query in the URL on load, keeps ?q= and the facets (?category=,
// ?layer=) in the URL as the reader types (replaceState), renders results as text nodes (never
// parsed HTML), moves focus to the results after a search and back to the opened result after
// Back. Pagefind and the lexicon load when this page opens (it is the page for searching).
// The search code itself is one lazily imported file, loaded through the header search box's
// loaders (see search-box.ts for why the dynamic imports live there).
import type { SearchBox } from './search-box.ts';
import type { SearchEngine, SearchOutcome, ShownResult } from './search-engine.ts';

type Lazy = typeof import('./search-lazy.ts');

/** The loaders of the header search box, defined by the script every page loads. */
async function loaders(): Promise<typeof SearchBox> {
	return (await customElements.whenDefined('search-box')) as unknown as typeof SearchBox;
}

/** Pagefind filters the page offers, as form fields and URL parameters of the same name. */
const FACETS = ['category', 'layer'] as const;
type Facet = (typeof FACETS)[number];

/** The URL follows the query after a pause in typing; results follow every keystroke. */
const URL_DELAY_MS = 400;

class SearchPage extends HTMLElement {
	#code: Lazy | undefined;
	#engine: Promise<SearchEngine> | undefined;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#run = 0;
	/** The newest search whose full results are shown. */
	#answered = 0;
	#labels: Record<string, string> = {};
	#outcome: SearchOutcome | undefined;
	/** Where focus goes when the current search's results arrive. */
	#focusAfter: 'results' | string | undefined;

	connectedCallback() {
		this.#labels = JSON.parse(this.dataset.labels ?? '{}');
		this.#engine = loaders().then(async (box) => {
			const code = await box.loadSearchCode();
			this.#code = code;
			return new code.SearchEngine({
				bundle: this.dataset.bundle!,
				base: this.dataset.base!,
				lexicon: this.dataset.lexicon!,
				locale: document.documentElement.lang === 'en' ? 'en' : 'ja',
				labels: { topic: this.#labels.typeTopic ?? '', hub: this.#labels.typeHub ?? '' },
				worker: this.dataset.worker === 'true',
				importPagefind: box.importPagefind,
			});
		});
		const form = this.querySelector('form')!;
		const input = this.field();
		this.querySelector('[data-status]')!.textContent = (
			new URLSearchParams(location.search).get('q') ?? ''
		).trim()
			? (this.#labels.loading ?? '')
			: (this.#labels.empty ?? '');
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
			this.#focusAfter = 'results';
			this.update(0);
		});
		// While an IME composes (かな before conversion), wait for the converted text.
		input.addEventListener('input', (event) => {
			if (!(event as InputEvent).isComposing) this.update(URL_DELAY_MS);
		});
		input.addEventListener('compositionend', () => this.update(URL_DELAY_MS));
		form.addEventListener('change', (event) => {
			if (event.target !== input) this.update(0);
		});
		this.querySelector('[data-more]')?.addEventListener('click', () => void this.showMore());
		this.querySelector('[data-results]')!.addEventListener('click', (event) => {
			const link = (event.target as Element).closest('a');
			// Remember the opened result, so Back returns focus to it.
			if (link) history.replaceState({ ...history.state, opened: link.getAttribute('href') }, '');
		});
		this.setUpCopyLink();
		addEventListener('pageshow', (event) => {
			if (event.persisted) this.focusOpened();
		});
		const opened = (history.state as { opened?: string } | null)?.opened;
		if (input.value.trim() !== '') {
			// Arriving with a query: from the header box (focus the results) or back from a result.
			this.#focusAfter = opened ?? 'results';
			this.update(0);
		} else {
			if (!matchMedia('(hover: none)').matches) input.focus();
			void this.#engine.then((engine) => engine.load()).catch(() => undefined); // warm up
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
		void this.search(raw, Object.fromEntries(facets.map((f) => [f.name, f.label])));
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => {
			const url = new URL(location.href);
			for (const name of ['q', ...FACETS]) url.searchParams.delete(name);
			if (raw.trim()) url.searchParams.set('q', raw);
			for (const facet of facets) url.searchParams.set(facet.name, facet.value);
			history.replaceState({ ...history.state, opened: undefined }, '', url);
		}, urlDelay);
	}

	async search(raw: string, facets: Record<string, string>) {
		const run = ++this.#run;
		const status = this.querySelector<HTMLElement>('[data-status]')!;
		const list = this.querySelector<HTMLOListElement>('[data-results]')!;
		const noResults = this.querySelector<HTMLElement>('[data-no-results]')!;
		// Say so at once: tests and readers take a status without "…" as the answer.
		if (raw.trim()) status.textContent = this.#labels.loading ?? '';
		// The search code (undefined if it failed to load: the engine then reports it below).
		const code = await this.#engine!.then(
			() => this.#code,
			() => undefined,
		);
		if (run !== this.#run) return;
		if (!raw.trim() || code?.isTooShort(raw)) {
			list.replaceChildren();
			list.dataset.query = '';
			this.#outcome = undefined;
			this.toggleMore();
			noResults.hidden = true;
			status.textContent = this.#labels.empty ?? '';
			return;
		}
		status.textContent = this.#labels.loading ?? '';
		let outcome: SearchOutcome | undefined;
		try {
			const engine = await this.#engine!;
			// The first search waits for Pagefind's runtime: meanwhile, the pages the query names.
			if (!engine.ready) void this.showNamed(engine, raw, facets, run);
			outcome = await engine.search(raw, facets, () => run === this.#run);
		} catch {
			if (run === this.#run) status.textContent = this.#labels.unavailable ?? '';
			return;
		}
		if (!outcome || run !== this.#run) return; // a newer keystroke has started another search
		this.#answered = run;
		this.#outcome = outcome;
		code!.replaceResults(
			list,
			outcome.results.map((r) => this.render(r)),
			this.field(),
		);
		const query = outcome.query;
		list.dataset.query = query; // which query the list shows (tests and tools wait on it)
		this.toggleMore();
		const total =
			outcome.results.length === 0 ? 0 : Math.max(outcome.total, outcome.results.length);
		status.textContent = total
			? (this.#labels.count ?? '').replace('{count}', String(total))
			: (this.#labels.none ?? '').replace('{query}', query);
		noResults.hidden = total > 0;
		const other = noResults.querySelector<HTMLAnchorElement>('[data-other-search]');
		if (other) other.search = `?q=${encodeURIComponent(query)}`;
		this.placeFocus();
	}

	/**
	 * The named pages of search `run` from the lexicon, unless its full results came first. The
	 * list keeps its `data-query` (the query whose full results it shows) and the status its "…".
	 */
	async showNamed(engine: SearchEngine, raw: string, facets: Record<string, string>, run: number) {
		const named = await engine.named(raw, facets).catch(() => undefined);
		if (!named || run !== this.#run || this.#answered === run) return;
		const list = this.querySelector<HTMLOListElement>('[data-results]')!;
		this.#code!.replaceResults(
			list,
			named.results.map((r) => this.render(r)),
			this.field(),
		);
	}

	/** After a submitted search, focus the first result; after Back, the result opened before. */
	placeFocus() {
		const target = this.#focusAfter;
		this.#focusAfter = undefined;
		if (target === undefined) return;
		if (target !== 'results' && this.focusOpened(target)) return;
		this.querySelector<HTMLAnchorElement>('.result-title')?.focus();
	}

	focusOpened(href = (history.state as { opened?: string } | null)?.opened): boolean {
		if (!href) return false;
		const link = [...this.querySelectorAll<HTMLAnchorElement>('[data-results] a')].find(
			(a) => a.getAttribute('href') === href,
		);
		link?.focus();
		return link !== undefined;
	}

	async showMore() {
		const outcome = this.#outcome;
		if (!outcome) return;
		const run = this.#run;
		const results = await outcome.more();
		if (run !== this.#run) return;
		const items = results.map((r) => this.render(r));
		this.querySelector<HTMLOListElement>('[data-results]')!.append(...items);
		items[0]?.querySelector('a')?.focus();
		this.toggleMore();
	}

	toggleMore() {
		const more = this.querySelector<HTMLButtonElement>('[data-more]');
		if (more) more.hidden = !this.#outcome?.hasMore();
	}

	render(result: ShownResult): HTMLLIElement {
		return this.#code!.renderResult(result, this.#labels.bestBet ?? '');
	}

	/** "Copy link to this search": the address being read, with the query and the facets. */
	setUpCopyLink() {
		const button = this.querySelector<HTMLButtonElement>('[data-copy-search]');
		const note = this.querySelector<HTMLElement>('[data-copy-status]');
		if (!button || !note) return;
		button.dataset.ready = '';
		button.addEventListener('click', async () => {
			clearTimeout(this.#timer);
			const url = new URL(location.href);
			const raw = this.field().value;
			for (const name of ['q', ...FACETS]) url.searchParams.delete(name);
			if (raw.trim()) url.searchParams.set('q', raw);
			for (const facet of this.facets()) url.searchParams.set(facet.name, facet.value);
			url.hash = '';
			history.replaceState(history.state, '', url);
			try {
				await navigator.clipboard.writeText(url.href);
				note.textContent = this.#labels.copied ?? '';
			} catch {
				note.textContent = `${this.#labels.copyFallback ?? ''} ${url.href}`;
			}
		});
	}
}

customElements.define('search-page', SearchPage);
