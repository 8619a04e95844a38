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
const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

/** One spelling of one term, prepared for matching. */
export interface TermMatcher {
	id: string;
	spelling: string;
	/** The spelling in lower case, as it is looked for in lower-cased text. */
	needle: string;
	/** Printable ASCII only: matched as a whole word. */
	isAscii: boolean;
	/** Two capitals in a row (IDS, CVE): matched case-sensitively. */
	isAcronym: boolean;
}

/** Every spelling of one language, compiled once per build. */
export interface CompiledTerms {
	/** One pattern for all needles: finds where some spelling may start, in one native scan. */
	pattern: RegExp;
	/** The spellings by their first (lower-case) character, longest first. */
	byFirst: Map<string, TermMatcher[]>;
}

/**
 * Whether the text before `start` begins a sentence or a parenthesis, where a capital is only
 * the start of the sentence: nothing or only spaces before it, a `(` right before it, or
 * `.`, `!`, `?` or `:` and spaces.
 */
function startsSentence(text: string, start: number): boolean {
	let k = start;
	while (k > 0 && isSpace(text[k - 1])) k--;
	if (k === 0) return true;
	if (k === start) return text[start - 1] === '(';
	return '.!?:'.includes(text[k - 1]!);
}

/**
 * Whether `text[start, end)` is a use of `spelling` rather than part of a longer word:
 * - ASCII spellings stand as whole words; acronyms (IDS, CVE) match case-sensitively; a
 *   lower-case term written with a capital mid-sentence is a product name (Network Firewall),
 *   not the term;
 * - Japanese spellings do not continue a katakana or kanji run (コントロール is not a use inside
 *   サービスコントロールポリシー, nor 監査 inside 監査人).
 */
function isStandalone(text: string, start: number, end: number, m: TermMatcher): boolean {
	const before = text[start - 1];
	const after = text[end];
	const { spelling } = m;
	if (m.isAscii) {
		if (isWordChar(before) || isWordChar(after)) return false;
		if (m.isAcronym) return text.slice(start, end) === spelling;
		const first = text[start]!;
		const capitalised = first !== spelling[0] && first === first.toUpperCase();
		return !capitalised || startsSentence(text, start);
	}
	const first = spelling[0];
	const last = spelling.at(-1);
	if ((isKatakana(first) && isKatakana(before)) || (isKatakana(last) && isKatakana(after)))
		return false;
	if ((isKanji(first) && isKanji(before)) || (isKanji(last) && isKanji(after))) return false;
	return true;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every spelling of every term in one language, compiled once per build. */
export function compileMatchers(terms: readonly GlossaryTerm[], locale: Locale): CompiledTerms {
	const matchers = terms
		.flatMap((term) =>
			spellings(term, locale).map((spelling): TermMatcher => ({
				id: term.id,
				spelling,
				needle: spelling.toLowerCase(),
				isAscii: /^[\x20-\x7e]+$/.test(spelling),
				isAcronym: /[A-Z]{2}/.test(spelling),
			})),
		)
		.toSorted((a, b) => b.needle.length - a.needle.length);
	const byFirst = new Map<string, TermMatcher[]>();
	for (const m of matchers) byFirst.set(m.needle[0]!, [...(byFirst.get(m.needle[0]!) ?? []), m]);
	const needles = [...new Set(matchers.map((m) => m.needle))].map(escapeRegExp);
	return { pattern: new RegExp(needles.join('|') || '(?!)', 'g'), byFirst };
}

/**
 * Finds the first use of each term in `text` that `seen` does not hold yet (and adds it).
 * Only standalone uses count (see isStandalone); when uses overlap, the longer one wins
 * (ネットワーク ACL before ACL), also against terms already linked earlier on the page.
 * The pattern only finds where a spelling may start; every spelling that starts there is then
 * checked, so a shorter use inside a longer non-use still counts, as does an overlapping one.
 * @example firstUses('Security groups are stateful.', compileMatchers(terms, 'en'), new Set()) // [{ id: 'security-group', … }, { id: 'stateful', … }]
 */
export function firstUses(text: string, terms: CompiledTerms, seen: Set<string>): TermMatch[] {
	const uses: TermMatch[] = [];
	const lower = text.toLowerCase();
	const { pattern } = terms;
	pattern.lastIndex = 0;
	for (let found = pattern.exec(lower); found; found = pattern.exec(lower)) {
		const start = found.index;
		for (const m of terms.byFirst.get(lower[start]!) ?? []) {
			const end = start + m.needle.length;
			if (lower.startsWith(m.needle, start) && isStandalone(text, start, end, m))
				uses.push({ id: m.id, start, end });
		}
		pattern.lastIndex = start + 1;
	}
	if (uses.length === 0) return [];
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
