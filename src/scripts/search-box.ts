// The header search box: a plain GET form to the search page (works without JS). With JS it
// searches in place: `/` or Ctrl+K (⌘K) opens the search dialog, and so does typing in the box.
// Nothing loads with the page; the search code, Pagefind and the lexicon load on the first focus
// of the box or the first shortcut. The search page keeps its own field and borrows the loaders.
//
// Both dynamic imports live here, in the script every page loads, and nowhere else: the search
// code then stays one chunk without shared dependencies, and Vite's small preload helper is
// inlined here instead of becoming a second script on every page.
type SearchCode = typeof import('./search-lazy.ts');

let code: Promise<SearchCode> | undefined;

/** The search code (engine, dialog, rendering), loaded once. */
function loadSearchCode(): Promise<SearchCode> {
	code ??= import('./search-lazy.ts');
	return code;
}

/** Pagefind's module, whose URL is only known at run time (it is built after Astro). */
function importPagefind(url: string): Promise<unknown> {
	return import(/* @vite-ignore */ url);
}

export class SearchBox extends HTMLElement {
	static loadSearchCode = loadSearchCode;
	static importPagefind = importPagefind;

	connectedCallback() {
		if (document.querySelector('[data-search-main]')) return; // the search page itself
		const input = this.querySelector<HTMLInputElement>('[data-search-shortcut]');
		if (!input) return;
		// Capture, before the site-wide shortcut that only focuses the box.
		addEventListener('keydown', (event) => this.#onShortcut(event), { capture: true });
		input.addEventListener('focus', () => void this.#prepare().catch(() => undefined));
		input.addEventListener('input', () => {
			if (input.value.trim() !== '') void this.#open(input);
		});
	}

	async #prepare(): Promise<SearchCode> {
		const search = await loadSearchCode();
		search.prepare(this, importPagefind);
		return search;
	}

	/** Opens the dialog with what the box holds by then (keys typed while it loads are kept). */
	async #open(returnTo: Element | null) {
		try {
			(await this.#prepare()).open(this, returnTo, importPagefind);
		} catch {
			// No dialog (the code failed to load): the box still submits to the search page.
			this.querySelector<HTMLInputElement>('[data-search-shortcut]')?.focus();
		}
	}

	#onShortcut(event: KeyboardEvent) {
		const target = event.target as HTMLElement | null;
		const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
		const isSlash =
			event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
		const isCtrlK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
		if (!isSlash && !isCtrlK) return;
		if (this.querySelector('dialog')?.open) return;
		event.preventDefault();
		event.stopPropagation();
		const returnTo = document.activeElement;
		// Keys typed before the dialog is ready land in the box and move over with it.
		const input = this.querySelector<HTMLInputElement>('[data-search-shortcut]');
		input?.focus();
		input?.select();
		void this.#open(returnTo);
	}
}

customElements.define('search-box', SearchBox);
