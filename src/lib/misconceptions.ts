/**
 * The misconceptions page: every <Misconception> callout of one language, grouped by category
 * in CATEGORIES order, pages in reading order. Pure: pages with their callouts in, groups out.
 */
import { CATEGORIES, type Category } from '../schema.ts';
import type { Callout } from './callouts.ts';

export interface MisconceptionSource {
	slug: string;
	title: string;
	category: Category;
	callouts: readonly Callout[];
}

export interface MisconceptionItem {
	slug: string;
	title: string;
	/** Heading id of the section the callout sits in ('' for the page top). */
	section: string;
	claim: string;
	fact: string;
}

export interface MisconceptionGroup {
	category: Category;
	items: MisconceptionItem[];
}

/** Groups misconceptions by category; `pages` are already in reading order. */
export function groupMisconceptions(pages: readonly MisconceptionSource[]): MisconceptionGroup[] {
	return CATEGORIES.map((category) => ({
		category,
		items: pages
			.filter((page) => page.category === category)
			.flatMap((page) =>
				page.callouts
					.filter((c) => c.kind === 'misconception')
					.map((c) => ({
						slug: page.slug,
						title: page.title,
						section: c.section ?? '',
						claim: c.claim ?? '',
						fact: c.text,
					})),
			),
	})).filter((group) => group.items.length > 0);
}
