/** Page order, sidebar groups and prev/next, computed from frontmatter. */
import { CATEGORIES, type Category, type Service } from '../schema.ts';
import type { Locale } from '../i18n/locales.ts';
import { parseEntryId } from './entries.ts';

/** The part of a collection entry the pure modules need. */
export interface ServiceEntry {
	id: string;
	data: Service;
}

export interface NavItem {
	slug: string;
	title: string;
}

export interface NavGroup {
	category: Category;
	items: NavItem[];
}

/** Compares entries by `order` (missing last), then by title in the page's language. */
export function byOrderThenTitle(locale: Locale) {
	const collator = new Intl.Collator(locale);
	return (a: ServiceEntry, b: ServiceEntry): number =>
		(a.data.order ?? Infinity) - (b.data.order ?? Infinity) ||
		collator.compare(a.data.title, b.data.title);
}

/** Entries of one language in reading order: category (CATEGORIES order), then order, then title. */
export function orderedEntries(entries: readonly ServiceEntry[], locale: Locale): ServiceEntry[] {
	const ours = entries.filter((e) => parseEntryId(e.id).locale === locale);
	return CATEGORIES.flatMap((category) =>
		ours.filter((e) => e.data.category === category).toSorted(byOrderThenTitle(locale)),
	);
}

/** Sidebar groups of one language's pages in reading order; empty categories are dropped. */
export function buildNavGroups(ordered: readonly ServiceEntry[]): NavGroup[] {
	return CATEGORIES.map((category) => ({
		category,
		items: ordered.filter((e) => e.data.category === category).map(toNavItem),
	})).filter((group) => group.items.length > 0);
}

/** The pages before and after `slug` in one language's reading order (undefined at either end). */
export function findPrevNext(
	ordered: readonly ServiceEntry[],
	slug: string,
): { prev?: NavItem; next?: NavItem } {
	const items = ordered.map(toNavItem);
	const index = items.findIndex((item) => item.slug === slug);
	if (index === -1) return {};
	return { prev: items[index - 1], next: items[index + 1] };
}

function toNavItem(entry: ServiceEntry): NavItem {
	return { slug: parseEntryId(entry.id).slug, title: entry.data.title };
}
