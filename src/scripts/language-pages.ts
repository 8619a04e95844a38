// The two pages without a language of their own, run from the site script so that no page
// loads a second one: the chooser at / sends the reader on to the language the browser asks
// for; the 404 page shows the language of the requested path (else the browser's) first.
import { pickLocale } from '../lib/pick-locale.ts';
import { localeOfPath } from '../lib/urls.ts';

/** On the chooser, goes to the reader's language, keeping the query and the hash. */
export function chooseLanguage() {
	const chooser = document.querySelector('[data-language-chooser]');
	if (!chooser) return;
	const target = pickLocale(navigator.languages);
	const link = chooser.querySelector<HTMLAnchorElement>(`[data-locale="${target}"]`);
	if (link) location.replace(`${link.href}${location.search}${location.hash}`);
}

/** On the 404 page, puts the reader's language first: its header, then its block. */
export function orderNotFoundPage() {
	const main = document.querySelector<HTMLElement>('main[data-not-found]');
	if (!main) return;
	const locale =
		localeOfPath(location.pathname, main.dataset.base ?? '/') ?? pickLocale(navigator.languages);
	document.documentElement.lang = locale;
	for (const header of document.querySelectorAll<HTMLElement>('[data-header]')) {
		header.hidden = header.dataset.header !== locale;
	}
	const first = main.querySelector(`[data-locale="${locale}"]`);
	if (first) main.prepend(first);
}
