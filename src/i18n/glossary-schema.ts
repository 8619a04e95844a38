/**
 * The shape of a glossary term. Terms live in `src/i18n/glossary.ts`; this schema checks them
 * (ids, required text in both languages) and unit tests run it over the whole list.
 */
import { z } from 'astro/zod';

export const GLOSSARY_GROUPS = [
	'network',
	'threats',
	'accounts',
	'detection',
	'data',
	'compliance',
	'operations',
] as const;
export type GlossaryGroup = (typeof GLOSSARY_GROUPS)[number];

const side = z.strictObject({
	/** The term as the page language writes it (the preferred spelling). */
	term: z.string().min(1),
	/** Other spellings that are also correct and link to this term (abbreviations, plurals). */
	also: z.array(z.string().min(1)).default([]),
	/** One sentence that defines the term. */
	definition: z.string().min(1),
});

export const glossaryTermSchema = z.strictObject({
	id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected an ASCII kebab-case id' }),
	group: z.enum(GLOSSARY_GROUPS),
	ja: side.extend({
		/** Reading in katakana or hiragana, where the term is kanji or an acronym people say aloud. */
		reading: z.string().optional(),
		/** Spellings that are wrong or not used on this site; the consistency check rejects them. */
		avoid: z.array(z.string().min(1)).default([]),
	}),
	en: side,
	/** Slugs of pages that explain the term; the first is where a search for the term lands. */
	pages: z.array(z.string()).default([]),
});

export type GlossaryTermInput = z.input<typeof glossaryTermSchema>;
export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
