/**
 * Result snippets built from a Pagefind fragment: the section that best matches the query's own
 * words (as typed, whole: ステートフル never marks ステートレス), and one excerpt from it that
 * starts and ends at a sentence or phrase boundary, with "…" where it was cut. Pure: fragment
 * text and query words in, text parts out (the UI makes text nodes of them, never HTML).
 */
import type { ExcerptPart } from './search-query.ts';

/** The parts of Pagefind's `result.data()` a snippet needs. */
export interface FragmentText {
	url: string;
	/** The indexed text, words separated by U+200B (Japanese) or spaces, `<` and `>` escaped. */
	raw_content: string;
	meta: { title?: string };
	anchors: readonly { id: string; text: string; location: number }[];
	/** Word positions Pagefind matched. */
	locations: readonly number[];
}

export interface Snippet {
	/** The matching section, when it is not the top of the page. */
	section: { title: string; url: string } | undefined;
	parts: ExcerptPart[];
	/** The first marked text as the page writes it (for a `#:~:text=` link). */
	firstMark: string | undefined;
}

/** Excerpt length in characters: Japanese packs about twice the meaning per character. */
const LENGTH = { ja: { min: 40, max: 110 }, en: { min: 90, max: 220 } } as const;

interface Section {
	title: string;
	id: string;
	/** Text and where each word starts in it. */
	text: string;
	starts: number[];
	/** Pagefind matches in this section, as offsets into `text`. */
	hits: number[];
}

/**
 * The best section of a page for `units` (alternative spellings per query word) and an
 * excerpt from it.
 * @example buildSnippet(fragment, [['ステートフル']], 'ja') // { section: { title: 'ステートフルとステートレス', … }, parts: [{ text: 'セキュリティグループは', marked: false }, { text: 'ステートフル', marked: true }, …] }
 */
export function buildSnippet(
	fragment: FragmentText,
	units: readonly (readonly string[])[],
	locale: 'ja' | 'en',
): Snippet {
	const sections = splitSections(fragment);
	const terms = units.flat();
	// A heading that is one of the words (a glossary entry) wins; then the section using the
	// most words; a heading mentioning them and Pagefind's own matches break ties.
	const has = (text: string) =>
		units.filter((unit) => unit.some((t) => findTerm(text, t) !== -1)).length;
	const squeeze = (text: string) => text.toLowerCase().replace(/\s+/g, '');
	const isTerm = (heading: string) =>
		units.some((unit) => unit.some((t) => squeeze(heading.split(' / ')[0] ?? '') === squeeze(t)));
	const scored = sections.map((section, i) => ({
		section,
		i,
		score:
			(i > 0 && isTerm(section.title) ? 10_000 : 0) +
			has(section.text) * 1000 +
			(i > 0 ? has(section.title) * 100 : 0) +
			Math.min(section.hits.length, 99),
	}));
	const best = scored.toSorted((a, b) => b.score - a.score || a.i - b.i)[0];
	if (!best || best.section.text === '')
		return { section: undefined, parts: [], firstMark: undefined };
	const excerpt = cutExcerpt(best.section, terms, locale);
	const parts = markTerms(excerpt, terms);
	return {
		section:
			best.i === 0 || !best.section.id
				? undefined
				: { title: best.section.title, url: `${fragment.url.split('#')[0]}#${best.section.id}` },
		parts,
		firstMark: parts.find((p) => p.marked)?.text,
	};
}

/** The page as sections (the top, then one per heading), each without its heading text. */
function splitSections(fragment: FragmentText): Section[] {
	const zws = fragment.raw_content.includes('\u200B');
	const words = fragment.raw_content
		.split(zws ? '\u200B' : /[^\S\uFEFF]+/)
		.map((w) => w.replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
	const anchors = fragment.anchors
		.filter((a) => a.id && a.text.trim())
		.toSorted((a, b) => a.location - b.location);
	const bounds = [
		{ title: fragment.meta.title ?? '', id: '', location: 0 },
		...anchors.map((a) => ({ title: a.text.trim(), id: a.id, location: a.location })),
	];
	return bounds.map((bound, i) => {
		const end = bounds[i + 1]?.location ?? words.length;
		let text = '';
		const starts: number[] = [];
		const hits: number[] = [];
		for (let w = bound.location; w < end; w++) {
			const word = words[w] ?? '';
			if (!zws && text !== '') text += ' ';
			starts.push(text.length);
			if (fragment.locations.includes(w)) hits.push(text.length);
			text += word;
		}
		const heading = stripHeading(text, bound.title);
		return {
			title: bound.title,
			id: bound.id,
			text: text.slice(heading),
			starts: starts.map((s) => s - heading).filter((s) => s >= 0),
			hits: hits.map((s) => s - heading).filter((s) => s >= 0),
		};
	});
}

/** Length of the heading (and the ". " Pagefind puts after it) at the start of `text`. */
function stripHeading(text: string, heading: string): number {
	if (!heading) return 0;
	const squeeze = (s: string) => s.replace(/\s+/g, '');
	const target = squeeze(heading);
	let seen = '';
	for (let i = 0; i < text.length; i++) {
		if (!/\s/.test(text[i]!)) seen += text[i];
		if (seen.length === target.length) {
			if (seen !== target) return 0;
			const after = /^\.?\s*/.exec(text.slice(i + 1))![0].length;
			return i + 1 + after;
		}
	}
	return 0;
}

/** Sentences and blocks (Pagefind joins blocks with ". "), as [start, end) offsets. */
function splitUnits(text: string): [number, number][] {
	const units: [number, number][] = [];
	const boundary = /[。！？!?](?=\s*\S)\s*|\.\s+(?=\S)/g;
	let start = 0;
	for (const m of text.matchAll(boundary)) {
		const end = m.index + m[0].trimEnd().length;
		units.push([start, end]);
		start = m.index + m[0].length;
	}
	if (start < text.length) units.push([start, text.length]);
	return units.filter(([s, e]) => text.slice(s, e).trim() !== '');
}

/**
 * A trailing "." that is Pagefind's block joiner, not the text's: in Japanese every such dot
 * (sentences end with 。), in English only after a non-ASCII character.
 */
function cleanEnd(text: string, locale: 'ja' | 'en'): string {
	const joiner = locale === 'ja' ? /\.$/ : /[^\x00-\x7f]\.$/;
	return joiner.test(text) ? text.slice(0, -1) : text;
}

/** Whether a unit reads as a sentence rather than a heading or a table cell. */
function isSentence(text: string, locale: 'ja' | 'en'): boolean {
	return locale === 'ja'
		? /[。！？]$/.test(text)
		: /[.!?]$/.test(text) && text.split(/\s+/).length >= 6;
}

function cutExcerpt(section: Section, terms: readonly string[], locale: 'ja' | 'en'): string {
	const length = LENGTH[locale];
	const { text } = section;
	const units = splitUnits(text);
	const sentence = ([s, e]: [number, number]) => isSentence(text.slice(s, e).trim(), locale);
	// The unit with the most query words; a sentence beats a table cell with as many.
	const score = (unit: [number, number]) =>
		new Set(terms.filter((t) => findTerm(text.slice(unit[0], unit[1]), t) !== -1)).size * 2 +
		(sentence(unit) ? 1 : 0);
	let chosen = 0;
	let bestScore = -1;
	units.forEach((unit, i) => {
		const value = score(unit);
		if (value > bestScore) {
			bestScore = value;
			chosen = i;
		}
	});
	const bestHits = Math.floor(bestScore / 2);
	if (bestHits === 0 && section.hits.length > 0) {
		const first = section.hits[0]!;
		chosen = Math.max(
			0,
			units.findIndex(([s, e]) => first >= s && first < e),
		);
	}
	let [start, end] = units[chosen] ?? [0, text.length];
	// A short sentence takes the next sentences along, while they fit (never table cells).
	for (let next = chosen + 1; next < units.length; next++) {
		const [, nextEnd] = units[next]!;
		const joinable = sentence([start, end]) && sentence(units[next]!);
		if (end - start >= length.min || nextEnd - start > length.max || !joinable) break;
		end = nextEnd;
	}
	if (end - start <= length.max) return cleanEnd(text.slice(start, end).trim(), locale);

	// A long sentence: cut at phrase boundaries (or at word starts) around the first match.
	const unitText = text.slice(start, end);
	const hit = section.hits.find((h) => h >= start && h < end);
	const match = firstMatch(unitText, terms) ?? (hit === undefined ? 0 : hit - start);
	const wordStarts = section.starts.filter((s) => s >= start && s < end).map((s) => s - start);
	// Start at the earliest phrase boundary that still shows the match near the front (never
	// inside parentheses: "…脆弱性診断）" reads badly), else at a word start.
	const phraseStarts = [
		0,
		...[...unitText.matchAll(/[、，,;；:：]\s*/g)].map((m) => m.index + m[0].length),
	];
	const lead = Math.floor(length.max / 2);
	const from =
		phraseStarts.find((p) => p <= match && match - p <= lead) ??
		wordStarts.find((w) => w <= match && match - w <= lead / 2) ??
		match;
	const limit = Math.min(unitText.length, from + length.max);
	const phraseEnds = [...unitText.matchAll(/[、，,;；]/g)].map((m) => m.index);
	const to =
		unitText.length - from <= length.max
			? unitText.length
			: (phraseEnds.filter((p) => p > match && p <= limit && p - from >= length.min).at(-1) ??
				wordStarts.filter((w) => w > match && w <= limit).at(-1) ??
				limit);
	const body = unitText.slice(from, to).trim();
	const cutEnd = to < unitText.length;
	return `${from > 0 ? '…' : ''}${cutEnd ? body : cleanEnd(body, locale)}${cutEnd ? '…' : ''}`;
}

/** Offset of the earliest term in `text`, if any. */
function firstMatch(text: string, terms: readonly string[]): number | undefined {
	const found = terms.map((t) => findTerm(text, t)).filter((i) => i >= 0);
	return found.length ? Math.min(...found) : undefined;
}

/** A pattern for one query term: whole words for ASCII (plural and -ed/-ing allowed), spaces optional. */
export function termPattern(term: string): RegExp {
	const chars = [...term.replace(/\s+/g, '')].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	const body = chars.join('\\s?');
	const ascii = /^[\x00-\x7f]+$/.test(term);
	const start = /^[a-z0-9]/i.test(term) ? '(?<![A-Za-z0-9])' : '';
	const end = /[a-z0-9]$/i.test(term)
		? ascii
			? '(?:s|es|ed|d|ing)?(?![A-Za-z0-9])'
			: '(?![A-Za-z0-9])'
		: '';
	return new RegExp(`${start}${body}${end}`, 'giu');
}

/** Where `term` first occurs in `text` as a word of its own, or -1. */
export function findTerm(text: string, term: string): number {
	if (!term) return -1;
	const match = termPattern(term).exec(text);
	return match ? match.index : -1;
}

/** Splits `text` into parts with every occurrence of a term marked (longest term first). */
export function markTerms(text: string, terms: readonly string[]): ExcerptPart[] {
	const ranges: [number, number][] = [];
	for (const term of [...terms].toSorted((a, b) => b.length - a.length)) {
		for (const m of text.matchAll(termPattern(term))) {
			const range: [number, number] = [m.index, m.index + m[0].length];
			if (ranges.every(([s, e]) => range[1] <= s || range[0] >= e)) ranges.push(range);
		}
	}
	const parts: ExcerptPart[] = [];
	let last = 0;
	for (const [s, e] of ranges.toSorted((a, b) => a[0] - b[0])) {
		if (s > last) parts.push({ text: text.slice(last, s), marked: false });
		parts.push({ text: text.slice(s, e), marked: true });
		last = e;
	}
	if (last < text.length) parts.push({ text: text.slice(last), marked: false });
	return parts;
}
