// The search dialog, loaded on demand by the header search box: a modal with its own field that
// searches as the reader types (no debounce), arrows between the field and the results, Enter
// opens the first result (the search page before results arrive, or with the Search button),
// Escape closes and focus returns to where it was. While Pagefind loads for the first search, the
// pages the query names (from the lexicon) show at once. The markup is server-rendered in
// SearchBox.astro.
import { isTooShort, normalizeQuery } from '../lib/search-query.ts';
import { SearchEngine, type ShownResult } from './search-engine.ts';
import { renderResult, replaceResults } from './search-render.ts';

interface Parts {
	engine: SearchEngine;
	dialog: HTMLDialogElement;
	input: HTMLInputElement;
	list: HTMLOListElement;
	status: HTMLElement;
	all: HTMLAnchorElement;
	labels: Record<string, string>;
	run: number;
	/** The newest search whose full results are shown. */
	answered: number;
	returnTo: Element | null;
}

const prepared = new WeakMap<HTMLElement, Parts>();

/** Wires the dialog of `host` (once) and starts loading Pagefind and the lexicon. */
export function prepare(
	host: HTMLElement,
	importPagefind: (url: string) => Promise<unknown>,
): Parts {
	const known = prepared.get(host);
	if (known) return known;
	const labels = JSON.parse(host.dataset.labels ?? '{}') as Record<string, string>;
	const dialog = host.querySelector('dialog')!;
	const parts: Parts = {
		engine: new SearchEngine({
			bundle: host.dataset.bundle!,
			base: host.dataset.base!,
			lexicon: host.dataset.lexicon!,
			locale: document.documentElement.lang === 'en' ? 'en' : 'ja',
			labels: { topic: labels.typeTopic ?? '', hub: labels.typeHub ?? '' },
			worker: true,
			importPagefind,
		}),
		dialog,
		input: dialog.querySelector('input')!,
		list: dialog.querySelector('[data-dialog-results]')!,
		status: dialog.querySelector('[data-dialog-status]')!,
		all: dialog.querySelector('[data-all-results]')!,
		labels,
		run: 0,
		answered: 0,
		returnTo: null,
	};
	prepared.set(host, parts);
	void parts.engine.load().catch(() => undefined);

	// While an IME composes (かな before conversion), wait for the converted text.
	parts.input.addEventListener('input', (event) => {
		if (!(event as InputEvent).isComposing) void search(parts);
	});
	parts.input.addEventListener('compositionend', () => void search(parts));
	dialog.addEventListener('keydown', (event) => {
		// Escape closes at once (a search field would first spend it on clearing itself).
		if (event.key === 'Escape') {
			event.preventDefault();
			dialog.close();
		} else if (event.key === 'Enter' && event.target === parts.input) {
			// Enter opens the first result; before results arrive it submits to the search page,
			// and so does the Search button.
			const first = parts.list.querySelector<HTMLAnchorElement>('.result-title');
			if (first && parts.list.dataset.query === normalizeQuery(parts.input.value)) {
				event.preventDefault();
				location.assign(first.href);
			}
		} else move(parts, event);
	});
	dialog.querySelector('[data-close]')!.addEventListener('click', () => dialog.close());
	// A click on the backdrop (outside the dialog's box) closes it.
	dialog.addEventListener('click', (event) => {
		if (event.target === dialog) dialog.close();
	});
	dialog.addEventListener('close', () => {
		// The header box keeps the query, so typing on reopens the dialog where the reader left it.
		const box = host.querySelector<HTMLInputElement>('[data-search-shortcut]');
		if (box) box.value = parts.input.value;
		if (parts.returnTo instanceof HTMLElement) parts.returnTo.focus();
	});
	return parts;
}

/** Opens the dialog with the header box's text in its field and searches it. */
export function open(
	host: HTMLElement,
	returnTo: Element | null,
	importPagefind: (url: string) => Promise<unknown>,
): void {
	const parts = prepare(host, importPagefind);
	if (parts.dialog.open) return; // already open (a shortcut and typing raced to open it)
	const text = host.querySelector<HTMLInputElement>('[data-search-shortcut]')?.value ?? '';
	parts.returnTo = returnTo;
	parts.dialog.showModal();
	parts.input.value = text;
	parts.input.focus();
	parts.input.setSelectionRange(text.length, text.length);
	void search(parts);
}

async function search(parts: Parts) {
	const run = ++parts.run;
	const raw = parts.input.value;
	const url = new URL(parts.all.href);
	url.searchParams.set('q', raw);
	parts.all.href = url.href;
	if (isTooShort(raw)) {
		show(parts, [], '');
		parts.status.textContent = parts.labels.empty ?? '';
		return;
	}
	// The first search waits for Pagefind's runtime: meanwhile, the pages the query names.
	if (!parts.engine.ready) void showNamed(parts, raw, run);
	try {
		const outcome = await parts.engine.search(raw, {}, () => run === parts.run);
		if (!outcome || run !== parts.run) return; // a newer keystroke has started another search
		parts.answered = run;
		show(parts, outcome.results, outcome.query);
		const total =
			outcome.results.length === 0 ? 0 : Math.max(outcome.total, outcome.results.length);
		parts.status.textContent = total
			? (parts.labels.count ?? '').replace('{count}', String(total))
			: (parts.labels.none ?? '').replace('{query}', outcome.query);
	} catch {
		if (run === parts.run) parts.status.textContent = parts.labels.unavailable ?? '';
	}
}

/** The named pages of search `run` from the lexicon, unless its full results came first. */
async function showNamed(parts: Parts, raw: string, run: number) {
	const named = await parts.engine.named(raw).catch(() => undefined);
	if (!named || run !== parts.run || parts.answered === run) return;
	show(parts, named.results, named.query);
	parts.status.textContent = parts.labels.loading ?? '';
}

/** Puts `results` of `query` in the list. */
function show(parts: Parts, results: ShownResult[], query: string) {
	const items = results.map((r) => renderResult(r, parts.labels.bestBet ?? ''));
	replaceResults(parts.list, items, parts.input);
	parts.list.dataset.query = query;
}

/** Arrow keys move between the field and the result titles. */
function move(parts: Parts, event: KeyboardEvent) {
	if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
	const stops = [parts.input, ...parts.list.querySelectorAll<HTMLAnchorElement>('.result-title')];
	const at = stops.indexOf(document.activeElement as HTMLInputElement);
	if (at === -1) return;
	const next = event.key === 'ArrowDown' ? Math.min(at + 1, stops.length - 1) : Math.max(at - 1, 0);
	event.preventDefault();
	stops[next]!.focus();
}
