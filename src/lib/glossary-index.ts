/**
 * The glossary as a dictionary: terms under an index letter (A–Z in English; in Japanese the
 * kana row of the reading, あかさたなはまやらわ, then A–Z for terms written in Latin letters
 * with no reading), and the normalised text the filter box matches against.
 */
import type { GlossaryTerm } from '../i18n/glossary-schema.ts';
import type { Locale } from '../i18n/locales.ts';

/** One index entry: an ASCII id for its anchor, the letter shown, and its terms (maybe none). */
export interface IndexSection {
	id: string;
	label: string;
	terms: GlossaryTerm[];
}

/** The ten kana rows, each from its first hiragana code point (voiced and small kana included). */
const KANA_ROWS = [
	{ id: 'a', label: 'あ', from: 0x3041 },
	{ id: 'ka', label: 'か', from: 0x304b },
	{ id: 'sa', label: 'さ', from: 0x3055 },
	{ id: 'ta', label: 'た', from: 0x305f },
	{ id: 'na', label: 'な', from: 0x306a },
	{ id: 'ha', label: 'は', from: 0x306f },
	{ id: 'ma', label: 'ま', from: 0x307e },
	{ id: 'ya', label: 'や', from: 0x3083 },
	{ id: 'ra', label: 'ら', from: 0x3089 },
	{ id: 'wa', label: 'わ', from: 0x308e },
] as const;
const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
const LATIN = { id: 'latin', label: 'A–Z' } as const;
const OTHER = { id: 'other', label: '#' } as const;

/** Katakana to hiragana (ァ–ヶ are ぁ–ゖ shifted by 0x60); other characters unchanged. */
export function toHiragana(text: string): string {
	return text.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

/**
 * The kana row id of a Japanese reading ('ka' for かんさ, ガ, ぎ…); undefined if it does not
 * start with kana.
 * @example kanaRow('ディードス') // 'ta'
 */
export function kanaRow(reading: string): string | undefined {
	const first = toHiragana(reading.normalize('NFKC')).charAt(0);
	const code = first.charCodeAt(0);
	if (first === 'ゔ') return 'a'; // ヴ is a voiced う
	if (code < 0x3041 || code > 0x3096) return undefined;
	return KANA_ROWS.findLast((row) => code >= row.from)!.id;
}

/** The index entry id a term is filed under in one language. */
export function indexId(term: GlossaryTerm, locale: Locale): string {
	if (locale === 'ja') {
		const row = kanaRow(term.ja.reading ?? term.ja.term);
		if (row) return row;
		return /^[A-Za-z0-9]/.test(term.ja.term) ? LATIN.id : OTHER.id;
	}
	const first = term.en.term.normalize('NFKC').charAt(0).toUpperCase();
	return LETTERS.includes(first) ? first.toLowerCase() : OTHER.id;
}

/**
 * Every index entry of one language in dictionary order, with its terms sorted by reading
 * (ja) or spelling (en). Entries without terms are kept, so the index shows every letter.
 */
export function buildGlossaryIndex(terms: readonly GlossaryTerm[], locale: Locale): IndexSection[] {
	const entries =
		locale === 'ja'
			? [...KANA_ROWS, LATIN, OTHER]
			: [...LETTERS.map((l) => ({ id: l.toLowerCase(), label: l })), OTHER];
	const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
	const sortKey = (term: GlossaryTerm) =>
		locale === 'ja' ? toHiragana(term.ja.reading ?? term.ja.term) : term.en.term;
	return entries
		.map(({ id, label }) => ({
			id,
			label,
			terms: terms
				.filter((term) => indexId(term, locale) === id)
				.toSorted((a, b) => collator.compare(sortKey(a), sortKey(b))),
		}))
		.filter((entry) => entry.terms.length > 0 || entry.id !== OTHER.id);
}

/**
 * Text compared the same way on both sides of the filter: NFKC (full-width letters), lower
 * case, katakana as hiragana, so 'すてーと', 'ステート' and 'ｓｔａｔｅ' all find ステートフル/stateful.
 */
export function normalizeForFilter(text: string): string {
	return toHiragana(text.normalize('NFKC').toLowerCase());
}

/** What the filter box searches for a term: its spellings and reading in both languages. */
export function filterText(term: GlossaryTerm): string {
	return normalizeForFilter(
		[term.ja.term, term.ja.reading ?? '', ...term.ja.also, term.en.term, ...term.en.also].join(' '),
	);
}

/** True when the term's other-language spelling adds something (not "L3 / L3"). */
export function hasDistinctOtherTerm(term: GlossaryTerm): boolean {
	return normalizeForFilter(term.ja.term) !== normalizeForFilter(term.en.term);
}
