// One search result as DOM, built from text nodes only (never parsed HTML): title link, badges
// (best match, category, layer or the kind of list), the matched section, and the excerpt with
// the query's words marked. Shared by the search page and the search dialog.
import type { ShownResult } from './search-engine.ts';

export function renderResult(result: ShownResult, bestLabel: string): HTMLLIElement {
	const item = document.createElement('li');
	const title = document.createElement('a');
	title.className = 'result-title';
	title.href = result.url;
	title.textContent = result.title;
	item.append(title);
	for (const text of [...(result.isBest ? [bestLabel] : []), ...result.badges]) {
		if (!text) continue;
		const badge = document.createElement('span');
		badge.className = 'badge';
		badge.textContent = text;
		item.append(badge);
	}
	const excerpt = document.createElement('p');
	excerpt.className = 'excerpt';
	for (const part of result.parts) {
		if (part.marked) {
			const mark = document.createElement('mark');
			mark.textContent = part.text;
			excerpt.append(mark);
		} else excerpt.append(part.text);
	}
	if (result.section) {
		const list = document.createElement('ul');
		list.className = 'sections';
		const li = document.createElement('li');
		const link = document.createElement('a');
		link.href = withTextFragment(result.section.url, result.firstMark);
		link.textContent = `# ${result.section.title}`;
		li.append(link);
		list.append(li);
		item.append(list);
	}
	item.append(excerpt);
	return item;
}

/**
 * Puts `items` in a result list. A reader on its nth result title stays on the nth (the last,
 * or `fallback` when the list is now empty): the list is replaced while they may be in it.
 */
export function replaceResults(list: HTMLElement, items: HTMLElement[], fallback: HTMLElement) {
	const titles = () => [...list.querySelectorAll<HTMLAnchorElement>('.result-title')];
	const focused = titles().indexOf(document.activeElement as HTMLAnchorElement);
	list.replaceChildren(...items);
	if (focused === -1) return;
	const now = titles();
	(now[Math.min(focused, now.length - 1)] ?? fallback).focus();
}

/** Adds a text fragment so the browser scrolls to and highlights the marked words. */
function withTextFragment(url: string, text: string | undefined): string {
	return text ? `${url}:~:text=${encodeURIComponent(text)}` : url;
}
