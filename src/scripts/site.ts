// The one script every page loads (deferred module): small custom elements that enhance
// server-rendered HTML. Labels come from data-* attributes filled from the UI dictionary.
import './search-box.ts'; // the header search box; its dialog loads on first use

/** Language switch: the server keeps the path; this adds the query and section the reader is at. */
class LanguageSwitch extends HTMLElement {
	connectedCallback() {
		const link = this.querySelector('a');
		link?.addEventListener('click', () => {
			link.search = location.search;
			link.hash = location.hash;
		});
	}
}

/** Dark mode toggle (a pressed button): follows the system until the reader chooses; remembered. */
class ThemeToggle extends HTMLElement {
	connectedCallback() {
		const button = this.querySelector('button');
		if (!button) return;
		button.hidden = false;
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
 * Copy-link buttons beside a heading: the section URL, or the ja and en URLs on two lines.
 * Without the Clipboard API, the text appears in a selected field for the reader to copy.
 */
class CopyLink extends HTMLElement {
	connectedCallback() {
		const one = this.querySelector<HTMLButtonElement>('.copy-one');
		const both = this.querySelector<HTMLButtonElement>('.copy-both');
		for (const button of [one, both]) if (button) button.hidden = false;
		one?.addEventListener('click', () =>
			this.copy(this.dataset.url ?? '', this.dataset.labelCopied),
		);
		both?.addEventListener('click', () =>
			this.copy(this.dataset.urls ?? '', this.dataset.labelCopiedBoth),
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
			field.setAttribute('aria-label', this.dataset.labelFallback ?? '');
			this.append(field);
		}
		field.value = text;
		field.focus();
		field.select();
	}
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
customElements.define('theme-toggle', ThemeToggle);
document.addEventListener('keydown', focusSearchOnShortcut);
document.addEventListener('keydown', dismissTooltips);
