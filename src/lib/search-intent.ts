/**
 * What a query asks for, read the way readers write it: the pages it names (titles, aliases,
 * glossary terms, need words, found inside unspaced Japanese too), whether it compares them,
 * and the words left to search for once the stop words (違い, とは, vs, difference between…)
 * are gone. Pure: the query and the lexicon in, an analysis out.
 */
import { NAME_KINDS, type LexiconName, type SearchLexicon } from './search-lexicon.ts';
import { dropLoneLetters, normalizeQuery, stripMarkup } from './search-query.ts';

export interface NamedPage {
	/** The name as typed (normalised). */
	text: string;
	kind: (typeof NAME_KINDS)[number];
	/** Page indices into the lexicon, best first. */
	pages: number[];
	/** What to search for in this language (the typed text, or the page-language term). */
	search: string;
}

export interface QueryAnalysis {
	/** The normalised query. */
	query: string;
	/** Names found in the query, in the order they were typed. */
	names: NamedPage[];
	/** Words that are neither names nor stop words, in order. */
	rest: string[];
	/** Every word a result should contain, for ranking and highlighting (names, their search forms, rest). */
	terms: string[];
	/** What a result should contain, one entry per name or word, each with its spellings. */
	units: string[][];
	/** The query names two or more pages and asks how they differ. */
	isComparison: boolean;
	/** The comparison page (lexicon index) that holds the most named pages, when comparing. */
	topic: number | undefined;
	/** The query for Pagefind: names (page-language form) and the rest, stop words dropped. */
	search: string;
	/** Single-word queries to run when the whole query finds too little (each word on its own). */
	words: string[];
}

/**
 * Whether the query is only one page's title or alias ("WAF", "ネットワーク ACL とは"): the
 * reader wants the page itself, so its result shows the page's summary rather than one section
 * that happened to mention the name. A glossary term or a need word asks for the passage that
 * explains it.
 */
export function asksForOnePage(analysis: QueryAnalysis): boolean {
	const [name, ...others] = analysis.names;
	return (
		name !== undefined &&
		others.length === 0 &&
		(name.kind === 'title' || name.kind === 'alias') &&
		analysis.rest.length === 0 &&
		!analysis.isComparison
	);
}

/** Japanese function words and question frames that never name what the reader wants. */
const JA_STOP = [
	'の違い',
	'違い',
	'ちがい',
	'の比較',
	'比較',
	'比べ',
	'使い分け',
	'使いわけ',
	'どっち',
	'どちら',
	'とは何',
	'とは',
	'って何',
	'って',
	'なに',
	'何',
	'教えて',
	'知りたい',
	'方法',
	'やり方',
	'について',
	'場合',
	'ですか',
	'ますか',
	'する',
	'したい',
	'たい',
	'意味',
];
/** Marks of a comparison, in either language. */
const COMPARISON =
	/違い|ちがい|比較|比べ|使い分け|使いわけ|どっち|どちら|(^|[^a-z])(vs\.?|versus|or|differences?|compare[ds]?|comparison|between)($|[^a-z])/;
/** English words that carry no search meaning here. */
const EN_STOP = new Set(
	`a an the of for to in on at by with from into and or vs v versus between difference differences different
	compare compared comparison what which who whom whose when where why how is are was were be been being
	do does did done can could should would will shall may might must i my me we our us you your it its
	this that these those there their they them explain explained meaning mean means use using used
	aws amazon about vs. get set up out via than then if so not no without any all some same other
	versus vs want need needs across`.split(/\s+/),
);

const ASCII_WORD = /[a-z0-9]/;
const KATAKANA = /[\p{Script=Katakana}ー]/u;
/** Short katakana names (ロール, ログ, キー) are not used inside a longer katakana word. */
const SHORT_KATAKANA = 5;

interface Match {
	start: number;
	end: number;
	key: string;
	name: LexiconName;
}

/**
 * Reads a query against the lexicon.
 * @example analyzeQuery('NACL SG 違い', lexicon) // names NACL and SG, isComparison, topic network-filtering
 */
export function analyzeQuery(
	raw: string,
	lexicon: Pick<SearchLexicon, 'names' | 'pages'>,
): QueryAnalysis {
	const query = normalizeQuery(raw);
	// What is searched: markup a reader pasted or typed (<u>waf</u>) is not part of the query.
	const text = stripMarkup(query);
	// The text without spaces and middle dots, with each character's position in `text`.
	let compact = '';
	const at: number[] = [];
	for (let i = 0; i < text.length; i++) {
		if (/[\s・·]/.test(text[i]!)) continue;
		compact += text[i];
		at.push(i);
	}
	let matches = chooseMatches(findMatches(text, compact, at, lexicon.names), text, at);
	let misspelt = false;
	if (matches.length === 0) {
		const near = nearestName(compact, lexicon.names);
		if (near) {
			matches = [near];
			misspelt = true;
		}
	}
	const names: NamedPage[] = matches.map((m) => {
		const typed = text.slice(at[m.start], at[m.end - 1]! + 1);
		// A misspelt name is searched by the page's title: the typo would find nothing.
		const fallback = misspelt ? (lexicon.pages[m.name.p[0]!]?.title ?? typed) : typed;
		return {
			text: typed,
			kind: NAME_KINDS[m.name.k]!,
			pages: m.name.p,
			search: m.name.s ?? fallback,
		};
	});

	// The words outside the names, without stop words.
	const covered = new Array<boolean>(text.length).fill(false);
	for (const m of matches) for (let i = at[m.start]!; i <= at[m.end - 1]!; i++) covered[i] = true;
	let outside = '';
	for (let i = 0; i < text.length; i++) outside += covered[i] ? ' ' : text[i];
	const rest = contentWords(outside);

	const distinct = [...new Set(names.map((n) => n.pages[0]!))];
	const namesOnly = rest.length === 0 && names.every((n) => n.kind !== 'term') && names.length >= 2;
	const isComparison = distinct.length >= 2 && (COMPARISON.test(text) || namesOnly);
	const topic = isComparison ? topicHolding(distinct, lexicon.pages) : undefined;

	const searchForms = names.map((n) => n.search);
	const terms = unique([...names.map((n) => n.text), ...searchForms, ...rest]);
	// Names typed as phrases ("single view of security findings") are searched without stop words.
	const words = unique([
		...searchForms.flatMap((form) => (/\s/.test(form) ? contentWords(form) : [form])),
		...rest,
	]);
	return {
		query,
		names,
		rest,
		terms,
		units: [...names.map((n) => unique([n.text, n.search])), ...rest.map((w) => [w])],
		isComparison,
		topic,
		// A query of stop words only ("vs", "とは") is searched as typed, without lone letters.
		search: words.length > 0 ? words.join(' ') : dropLoneLetters(text),
		words,
	};
}

/** Every occurrence of a lexicon key in the compact query that respects word edges. */
function findMatches(
	query: string,
	compact: string,
	at: readonly number[],
	names: SearchLexicon['names'],
): Match[] {
	const found: Match[] = [];
	const longest = 60;
	for (let start = 0; start < compact.length; start++) {
		for (let end = Math.min(compact.length, start + longest); end > start; end--) {
			const key = compact.slice(start, end);
			const name = names[key];
			if (!name) continue;
			// An ASCII name must not start or end inside an ASCII word (SG in "msg", ACL in "nacl").
			const before = query[at[start]! - 1];
			const after = query[at[end - 1]! + 1];
			if (ASCII_WORD.test(key[0]!) && before !== undefined && ASCII_WORD.test(before)) continue;
			if (ASCII_WORD.test(key.at(-1)!) && after !== undefined && ASCII_WORD.test(after)) continue;
			found.push({ start, end, key, name });
		}
	}
	return found;
}

/**
 * A name typed with one slip (two in a long name): a letter missing, added, changed or two
 * swapped (Secrets Manger, Gaurd Duty), when the whole query is that name.
 */
function nearestName(compact: string, names: SearchLexicon['names']): Match | undefined {
	// Only the whole query: a word inside a longer query is too often another word (inspection).
	const allowed = compact.length >= 12 ? 2 : compact.length >= 5 ? 1 : 0;
	if (allowed === 0) return undefined;
	let best: { key: string; distance: number } | undefined;
	for (const key of Object.keys(names)) {
		if (Math.abs(key.length - compact.length) > allowed) continue;
		const distance = editDistance(compact, key, allowed);
		if (distance <= allowed && (!best || distance < best.distance)) best = { key, distance };
	}
	return best && { start: 0, end: compact.length, key: best.key, name: names[best.key]! };
}

/** Edit distance with swaps of neighbours (optimal string alignment), capped at `limit` + 1. */
export function editDistance(a: string, b: string, limit = Infinity): number {
	const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let smallest = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				value = Math.min(value, rows[i - 2]![j - 2]! + 1);
			row.push(value);
			smallest = Math.min(smallest, value);
		}
		if (smallest > limit) return limit + 1;
		rows.push(row);
	}
	return rows[a.length]![b.length]!;
}

/**
 * Longest names first, without overlaps; a short katakana name glued to more katakana (ロール in
 * コントロール) only counts when a chosen name covers that katakana too (IAMロール is fine).
 */
function chooseMatches(found: Match[], query: string, at: readonly number[]): Match[] {
	const chosen: Match[] = [];
	for (const m of found.toSorted(
		(a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start,
	)) {
		if (chosen.every((c) => m.end <= c.start || m.start >= c.end)) chosen.push(m);
	}
	const coversAt = (i: number) => chosen.some((c) => i >= at[c.start]! && i <= at[c.end - 1]!);
	let changed = true;
	while (changed) {
		changed = false;
		for (const m of chosen) {
			if (m.key.length >= SHORT_KATAKANA) continue;
			const from = at[m.start]!;
			const to = at[m.end - 1]!;
			const gluedBefore =
				KATAKANA.test(m.key[0]!) && KATAKANA.test(query[from - 1] ?? '') && !coversAt(from - 1);
			const gluedAfter =
				KATAKANA.test(m.key.at(-1)!) && KATAKANA.test(query[to + 1] ?? '') && !coversAt(to + 1);
			if (gluedBefore || gluedAfter) {
				chosen.splice(chosen.indexOf(m), 1);
				changed = true;
				break;
			}
		}
	}
	return chosen.toSorted((a, b) => a.start - b.start);
}

/**
 * The searchable words of a stretch of query text: stop phrases removed, then split into ASCII
 * words, katakana runs and kanji runs (hiragana between them is grammar: particles, endings).
 * @example contentWords('ルールの評価順序とは') // ['ルール', '評価順序']
 */
export function contentWords(text: string): string[] {
	let rest = text;
	for (const stop of JA_STOP) rest = rest.replaceAll(stop, ' ');
	const words: string[] = [];
	const pattern =
		/[a-z0-9](?:[a-z0-9\-_.:#+]*[a-z0-9#+])?|[\p{Script=Katakana}ー]+|[\p{Script=Han}々〆ヶ]+|\p{Script=Hiragana}+|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}])+/gu;
	for (const [word] of rest.matchAll(pattern)) {
		if (/^\p{Script=Hiragana}+$/u.test(word)) continue;
		// One Latin letter or digit is the prefix of nearly every page's words.
		if (/^[a-z0-9]$/.test(word)) continue;
		if (/^[a-z0-9]/.test(word) && EN_STOP.has(word)) continue;
		words.push(word);
	}
	return unique(words);
}

/** The topic page that holds the most of `pages` (at least two); the more focused one on a tie. */
function topicHolding(pages: readonly number[], all: SearchLexicon['pages']): number | undefined {
	let best: number | undefined;
	let bestCount = 1;
	all.forEach((page, i) => {
		if (page.type !== 'topic' || !page.members) return;
		const count = pages.filter((p) => page.members!.includes(p)).length;
		const better =
			count > bestCount ||
			(count === bestCount &&
				best !== undefined &&
				page.members.length < all[best]!.members!.length);
		if (better) {
			best = i;
			bestCount = count;
		}
	});
	return best;
}

function unique(words: readonly string[]): string[] {
	return [...new Set(words.filter((w) => w !== ''))];
}
