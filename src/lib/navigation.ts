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

/** Groups already built, by reading order: every page of a language asks for the same ones. */
const navGroupsCache = new WeakMap<readonly ServiceEntry[], NavGroup[]>();

/**
 * Sidebar groups of one language's pages in reading order; empty categories are dropped.
 * Built once per `ordered` array (each page would otherwise redo it for all pages: n² work at
 * 500 pages per language), so the result is shared, and frozen so that no caller changes it.
 */
export function buildNavGroups(ordered: readonly ServiceEntry[]): NavGroup[] {
	const cached = navGroupsCache.get(ordered);
	if (cached) return cached;
	const groups = CATEGORIES.map((category) => ({
		category,
		items: Object.freeze(ordered.filter((e) => e.data.category === category).map(toNavItem)),
	}))
		.filter((group) => group.items.length > 0)
		.map((group) => Object.freeze(group) as NavGroup);
	Object.freeze(groups);
	navGroupsCache.set(ordered, groups);
	return groups;
}

/** A category's first pages and how many it has in all. */
export interface NavPreview extends NavGroup {
	total: number;
}

/**
 * The first `limit` pages of each group, with the group's size: the home page lists a few
 * pages per category and links to the rest, so it stays small however large the site grows.
 */
export function previewNavGroups(groups: readonly NavGroup[], limit: number): NavPreview[] {
	return groups.map((group) => ({
		category: group.category,
		items: group.items.slice(0, limit),
		total: group.items.length,
	}));
}

/** A sidebar category: open with its pages (the reader's), folded with them, or a link only. */
export interface SidebarGroup {
	category: NavGroup['category'];
	total: number;
	open: boolean;
	/** Undefined when the category is too large to list on every page: it links to its list. */
	items: NavItem[] | undefined;
}

/**
 * The sidebar of the page `currentSlug`: its category open; other categories folded, listing
 * their pages only up to `limit` each, so that every page does not carry the whole site (at 500
 * pages per language that was 62 KB of each page's HTML).
 * @example sidebarGroups(groups, 'waf', 24) // network group open with all its pages, …
 */
export function sidebarGroups(
	groups: readonly NavGroup[],
	currentSlug: string,
	limit: number,
): SidebarGroup[] {
	return groups.map((group) => {
		const open = group.items.some((item) => item.slug === currentSlug);
		return {
			category: group.category,
			total: group.items.length,
			open,
			items: open || group.items.length <= limit ? group.items : undefined,
		};
	});
}

/** The pages before and after `slug` in one language's reading order (undefined at either end). */
export function findPrevNext(
	ordered: readonly ServiceEntry[],
	slug: string,
): { prev?: NavItem; next?: NavItem } {
	const index = ordered.findIndex((e) => e.id.slice(e.id.lastIndexOf('/') + 1) === slug);
	if (index === -1) return {};
	const at = (i: number) => (ordered[i] ? toNavItem(ordered[i]) : undefined);
	return { prev: at(index - 1), next: at(index + 1) };
}

function toNavItem(entry: ServiceEntry): NavItem {
	return { slug: parseEntryId(entry.id).slug, title: entry.data.title };
}
