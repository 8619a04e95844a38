// The one script every page loads (deferred module): small custom elements that enhance
// server-rendered HTML. Labels come from data-* attributes filled from the UI dictionary.
// Controls that only work with JS carry `data-js-only` (global.css hides them until the inline
// head script has marked <html data-js>), so nothing shifts when this module runs.
import { currentSection } from '../lib/reading-position.ts';
import { sectionLink, sectionLinks, viewLink } from '../lib/share-links.ts';
import './search-box.ts'; // the header search box; its dialog loads on first use
import { chooseLanguage, orderNotFoundPage } from './language-pages.ts';

/** Where a section counts as reached: just below the sticky header (the scroll padding). */
function readingLine(): number {
	return parseFloat(getComputedStyle(document.documentElement).scrollPaddingBlockStart) || 0;
}

/** The section heading at the top of the screen, among `headings` (document order). */
function sectionAtTop(headings: readonly HTMLElement[]): string | undefined {
	const positions = headings.map((h) => ({ id: h.id, top: h.getBoundingClientRect().top }));
	return currentSection(positions, readingLine() + 1);
}

/**
 * Language switch: the server keeps the path; this adds the query and the section being read:
 * the #hash if there is one, else the heading nearest the top of the screen (ids are shared).
 */
class LanguageSwitch extends HTMLElement {
	connectedCallback() {
		const link = this.querySelector('a');
		link?.addEventListener('click', () => {
			link.search = location.search;
			const headings = [...document.querySelectorAll<HTMLElement>('.section-heading > [id]')];
			const id = sectionAtTop(headings);
			link.hash = location.hash || (id ? `#${id}` : '');
		});
	}
}

/** "On this page": marks the link of the section being read (aria-current) as the reader scrolls. */
class PageToc extends HTMLElement {
	#observer?: IntersectionObserver;
	connectedCallback() {
		const links = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
		const headings = links.flatMap((a) => document.getElementById(a.hash.slice(1)) ?? []);
		const update = () => {
			const id = sectionAtTop(headings);
			for (const link of links) {
				if (link.hash === `#${id}`) link.setAttribute('aria-current', 'true');
				else link.removeAttribute('aria-current');
			}
		};
		// The observer's top edge is the reading line and it reports partly hidden headings, so
		// it fires as a heading's top crosses the line.
		this.#observer = new IntersectionObserver(update, {
			rootMargin: `${-Math.round(readingLine() + 1)}px 0px 0px 0px`,
			threshold: [0, 1],
		});
		for (const heading of headings) this.#observer.observe(heading);
		update();
	}
	disconnectedCallback() {
		this.#observer?.disconnect();
	}
}

/** Dark mode toggle (a pressed button): follows the system until the reader chooses; remembered. */
class ThemeToggle extends HTMLElement {
	connectedCallback() {
		const button = this.querySelector('button');
		if (!button) return;
		this.render(button);
		button.addEventListener('click', () => {
			const next = this.isDark() ? 'light' : 'dark';
			document.documentElement.dataset.theme = next;
			try {
				localStorage.setItem('theme', next);
			} catch {
				// Private mode: the choice lasts for this page only.
			}
			this.render(button);
		});
	}
	isDark(): boolean {
		const chosen = document.documentElement.dataset.theme;
		return chosen ? chosen === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
	}
	render(button: HTMLButtonElement) {
		button.setAttribute('aria-pressed', String(this.isDark()));
	}
}

/** `/` or Ctrl+K (⌘K) focuses the search field, unless the reader is typing somewhere. */
function focusSearchOnShortcut(event: KeyboardEvent) {
	const target = event.target as HTMLElement | null;
	const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
	const isSlash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
	const isCtrlK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
	if (!isSlash && !isCtrlK) return;
	const field =
		document.querySelector<HTMLInputElement>('[data-search-main]') ??
		document.querySelector<HTMLInputElement>('[data-search-shortcut]');
	if (!field) return;
	event.preventDefault();
	field.focus();
	field.select();
}

/**
 * Copy-link buttons: beside a heading (data-id), the section URL of the address being read, or
 * the ja and en URLs on two lines; without data-id, the view being read with its query (the
 * matrix's filters). Without the Clipboard API the text appears in a selected field. The
 * messages are on <body>, once per page.
 */
class CopyLink extends HTMLElement {
	connectedCallback() {
		const id = this.dataset.id;
		this.querySelector('.copy-one')?.addEventListener('click', () =>
			this.copy(
				id ? sectionLink(location, id) : viewLink(location),
				document.body.dataset.labelCopied,
			),
		);
		this.querySelector('.copy-both')?.addEventListener('click', () =>
			this.copy(
				sectionLinks(location, import.meta.env.BASE_URL, id ?? '').join('\n'),
				document.body.dataset.labelCopiedBoth,
			),
		);
	}
	async copy(text: string, done = '') {
		const status = this.querySelector('.copy-status');
		try {
			await navigator.clipboard.writeText(text);
			if (status) status.textContent = done;
		} catch {
			this.showFallback(text);
		}
		setTimeout(() => {
			if (status) status.textContent = '';
		}, 2500);
	}
	showFallback(text: string) {
		let field = this.querySelector<HTMLTextAreaElement>('textarea');
		if (!field) {
			field = document.createElement('textarea');
			field.readOnly = true;
			field.rows = text.split('\n').length;
			field.setAttribute('aria-label', document.body.dataset.labelFallback ?? '');
			this.append(field);
		}
		field.value = text;
		field.focus();
		field.select();
	}
}

/**
 * A table box is a focusable, labelled region ("table, scrolls sideways") only while it really
 * scrolls sideways; the server renders every box that way, which is right without this script.
 * A box that fits is marked data-fits: it stops being a scroller and its header row sticks.
 */
function labelScrollingTables() {
	const observer = new ResizeObserver((entries) => {
		for (const { target } of entries) {
			const box = target as HTMLElement;
			box.dataset.label ??= box.getAttribute('aria-label') ?? '';
			const scrolls = box.scrollWidth > box.clientWidth + 1;
			box.toggleAttribute('data-fits', !scrolls);
			if (scrolls) {
				box.tabIndex = 0;
				box.setAttribute('role', 'group');
				box.setAttribute('aria-label', box.dataset.label);
			} else {
				for (const name of ['tabindex', 'role', 'aria-label']) box.removeAttribute(name);
			}
		}
	});
	for (const box of document.querySelectorAll('.table-scroll')) observer.observe(box);
}

/**
 * The card view of a comparison (CSS in ComparisonTable) shows each value under its column's
 * name: on the first switch to cards, copy the header labels onto the cells (data-label).
 */
function labelCards(event: Event) {
	const input = event.target as HTMLElement;
	const view = input.closest('.comparison-view');
	if (!view || !input.matches('.cards') || view.hasAttribute('data-labelled')) return;
	const labels = [...view.querySelectorAll('thead th')].map((th) =>
		(th.querySelector('[data-column-label]') ?? th).textContent!.trim(),
	);
	for (const row of view.querySelectorAll('tbody tr')) {
		[...row.children].forEach((cell, i) => {
			if (cell.tagName === 'TD') cell.setAttribute('data-label', labels[i] ?? '');
		});
	}
	view.setAttribute('data-labelled', '');
}

/**
 * --header-block-size follows the sticky header's real height (it wraps to two rows at widths
 * and in languages CSS cannot foresee): anchors and sticky table headers land just under it.
 * Without this script the stylesheet's estimate applies.
 */
function trackHeaderHeight() {
	const header = document.querySelector<HTMLElement>('.site-header');
	if (!header) return;
	new ResizeObserver(() => {
		const height = header.getBoundingClientRect().height;
		document.documentElement.style.setProperty('--header-block-size', `${height}px`);
	}).observe(header);
}

/** Escape hides glossary definitions until the pointer moves again (WCAG 1.4.13). */
function dismissTooltips(event: KeyboardEvent) {
	if (event.key !== 'Escape' || !document.querySelector('.glossary-term')) return;
	document.documentElement.classList.add('tips-dismissed');
	addEventListener(
		'pointermove',
		() => document.documentElement.classList.remove('tips-dismissed'),
		{
			once: true,
		},
	);
	addEventListener('focusin', () => document.documentElement.classList.remove('tips-dismissed'), {
		once: true,
	});
}

customElements.define('copy-link', CopyLink);
customElements.define('language-switch', LanguageSwitch);
customElements.define('page-toc', PageToc);
customElements.define('theme-toggle', ThemeToggle);
document.addEventListener('keydown', focusSearchOnShortcut);
document.addEventListener('keydown', dismissTooltips);
labelScrollingTables();
trackHeaderHeight();
chooseLanguage();
orderNotFoundPage();
document.addEventListener('change', labelCards);
