/**
 * The glossary as data for the rest of the site: which words in a text are glossary terms,
 * which spellings are rejected, which search words are synonyms across languages, and where a
 * search for a term should land. Pure: terms in, answers out.
 */
import { checkJapaneseText } from './ja-style.ts';
import {
	glossaryTermSchema,
	type GlossaryTerm,
	type GlossaryTermInput,
} from '../i18n/glossary-schema.ts';
import type { Locale } from '../i18n/locales.ts';
import { bestBetKey } from './search-query.ts';
import type { Problem } from './content-checks.ts';

/** Validates the raw term list (schema, unique ids, pages that exist). */
export function parseGlossary(
	input: readonly GlossaryTermInput[],
	slugs: readonly string[],
): {
	terms: GlossaryTerm[];
	problems: Problem[];
} {
	const file = 'src/i18n/glossary.ts';
	const problems: Problem[] = [];
	const terms: GlossaryTerm[] = [];
	const ids = new Set<string>();
	input.forEach((raw, index) => {
		const result = glossaryTermSchema.safeParse(raw);
		if (!result.success) {
			for (const issue of result.error.issues) {
				problems.push({
					file,
					field: `[${index}].${issue.path.join('.')}`,
					message: issue.message,
				});
			}
			return;
		}
		const term = result.data;
		if (ids.has(term.id))
			problems.push({
				file,
				field: `${term.id}.id`,
				message: 'is used twice; expected unique term ids',
			});
		ids.add(term.id);
		for (const slug of term.pages.filter((s) => !slugs.includes(s))) {
			problems.push({ file, field: `${term.id}.pages`, message: `unknown page "${slug}"` });
		}
		for (const spelling of [term.ja.term, ...term.ja.also, term.ja.definition]) {
			for (const mistake of checkJapaneseText(spelling)) {
				problems.push({
					file,
					field: `${term.id}.ja`,
					message: `${mistake.message} (in "${mistake.found}")`,
				});
			}
		}
		terms.push(term);
	});
	// An accepted spelling that another term rejects would let the rejected variant through.
	const avoided = new Map(terms.flatMap((t) => t.ja.avoid.map((a) => [a, t.id] as const)));
	for (const term of terms) {
		for (const spelling of [term.ja.term, ...term.ja.also].filter((s) => avoided.has(s))) {
			problems.push({
				file,
				field: `${term.id}.ja.also`,
				message: `"${spelling}" is a spelling that #${avoided.get(spelling)} rejects; expected it only under avoid`,
			});
		}
	}
	return { terms, problems };
}

/** The spellings that mark a use of the term in text of one language, longest first. */
export function spellings(term: GlossaryTerm, locale: Locale): string[] {
	return [term[locale].term, ...term[locale].also].toSorted((a, b) => b.length - a.length);
}

export interface TermMatch {
	id: string;
	start: number;
	end: number;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_-]/.test(c);
const isKatakana = (c: string | undefined) => c !== undefined && /[\u30A0-\u30FF]/.test(c);
const isKanji = (c: string | undefined) => c !== undefined && /\p{Script=Han}/u.test(c);

/**
 * Whether `text[start, end)` is a use of `spelling` rather than part of a longer word:
 * - ASCII spellings stand as whole words; acronyms (IDS, CVE) match case-sensitively; a
 *   lower-case term written with a capital mid-sentence is a product name (Network Firewall),
 *   not the term;
 * - Japanese spellings do not continue a katakana or kanji run (コントロール is not a use inside
 *   サービスコントロールポリシー, nor 監査 inside 監査人).
 */
function isStandalone(text: string, start: number, end: number, spelling: string): boolean {
	const before = text[start - 1];
	const after = text[end];
	if (/^[\x20-\x7e]+$/.test(spelling)) {
		if (isWordChar(before) || isWordChar(after)) return false;
		const found = text.slice(start, end);
		if (/[A-Z]{2}/.test(spelling)) return found === spelling;
		const capitalised = found[0] !== spelling[0] && found[0] === found[0]?.toUpperCase();
		return !capitalised || /(^|[.!?:]\s+|\(|^\s+)$/.test(text.slice(0, start));
	}
	const first = spelling[0];
	const last = spelling.at(-1);
	if ((isKatakana(first) && isKatakana(before)) || (isKatakana(last) && isKatakana(after)))
		return false;
	if ((isKanji(first) && isKanji(before)) || (isKanji(last) && isKanji(after))) return false;
	return true;
}

/** One spelling of one term, prepared for matching. */
export interface TermMatcher {
	id: string;
	spelling: string;
	needle: string;
}

/** Every spelling of every term in one language, prepared once per build. */
export function compileMatchers(terms: readonly GlossaryTerm[], locale: Locale): TermMatcher[] {
	return terms.flatMap((term) =>
		spellings(term, locale).map((spelling) => ({
			id: term.id,
			spelling,
			needle: spelling.toLowerCase(),
		})),
	);
}

/**
 * Finds the first use of each term in `text` that `seen` does not hold yet (and adds it).
 * Only standalone uses count (see isStandalone); when uses overlap, the longer one wins
 * (ネットワーク ACL before ACL), also against terms already linked earlier on the page.
 * @example firstUses('Security groups are stateful.', compileMatchers(terms, 'en'), new Set()) // [{ id: 'security-group', … }, { id: 'stateful', … }]
 */
export function firstUses(
	text: string,
	matchers: readonly TermMatcher[],
	seen: Set<string>,
): TermMatch[] {
	const uses: TermMatch[] = [];
	const lower = text.toLowerCase();
	for (const { id, spelling, needle } of matchers) {
		for (
			let start = lower.indexOf(needle);
			start !== -1;
			start = lower.indexOf(needle, start + 1)
		) {
			const end = start + needle.length;
			if (isStandalone(text, start, end, spelling)) uses.push({ id, start, end });
		}
	}
	const length = (m: TermMatch) => m.end - m.start;
	const taken: TermMatch[] = [];
	for (const use of uses.toSorted((a, b) => length(b) - length(a) || a.start - b.start)) {
		if (!taken.some((t) => use.start < t.end && t.start < use.end)) taken.push(use);
	}
	const firsts: TermMatch[] = [];
	for (const use of taken.toSorted((a, b) => a.start - b.start)) {
		if (!seen.has(use.id)) {
			seen.add(use.id);
			firsts.push(use);
		}
	}
	return firsts;
}

/**
 * Lines of a Japanese page body that use a spelling the glossary rejects, with the preferred
 * one. Frontmatter is skipped: `aliases` lists other spellings on purpose, so search finds them.
 */
export function findAvoidedSpellings(
	file: string,
	source: string,
	terms: readonly GlossaryTerm[],
): Problem[] {
	const problems: Problem[] = [];
	const lines = source.split('\n');
	const bodyStart = lines[0] === '---' ? lines.indexOf('---', 1) + 1 : 0;
	lines.forEach((line, index) => {
		if (index < bodyStart) return;
		for (const term of terms) {
			for (const wrong of term.ja.avoid) {
				if (line.includes(wrong)) {
					problems.push({
						file,
						line: index + 1,
						message: `"${wrong}" is not the glossary's spelling of "${term.en.term}"; expected "${term.ja.term}" (src/i18n/glossary.ts, #${term.id})`,
					});
				}
			}
		}
	});
	return problems;
}

/** Glossary spellings and readings (both languages) → the term's first page, for best bets. */
export function glossaryBestBets(terms: readonly GlossaryTerm[]): Record<string, string> {
	const bets: Record<string, string> = {};
	for (const term of terms) {
		const page = term.pages[0];
		if (!page) continue;
		for (const s of [
			...spellings(term, 'ja'),
			...spellings(term, 'en'),
			...(term.ja.reading ? [term.ja.reading] : []),
		]) {
			const key = bestBetKey(s);
			if (key && !(key in bets)) bets[key] = page;
		}
	}
	return bets;
}

/** Synonym table for the search page: normalised spelling → the page-language term. */
export function synonymTable(
	terms: readonly GlossaryTerm[],
	locale: Locale,
): Record<string, string> {
	const table: Record<string, string> = {};
	for (const term of terms) {
		for (const s of [
			...spellings(term, 'ja'),
			...spellings(term, 'en'),
			...(term.ja.reading ? [term.ja.reading] : []),
		]) {
			const key = bestBetKey(s);
			if (key && key !== bestBetKey(term[locale].term) && !(key in table))
				table[key] = term[locale].term;
		}
	}
	return table;
}
