/**
 * Whether a page Pagefind returned really holds the words of the query. Pagefind 1.6 answers a
 * word no indexed word starts with by the longest indexed word that starts *it* (upstream PR
 * #315, issue #599, no option to turn it off): `qqzzxx` finds the "Q" of Amazon Q, `wafqqq` finds
 * WAF, フォージェリ finds pages with デフォルト. Since that fallback depends on the word alone, not
 * on the page, one page that lacks the word shows the whole answer is such a guess. Japanese words
 * are the browser's (Intl.Segmenter), as Pagefind splits the query. Pure.
 */
/**
 * Endings English stemming removes: a query word with one of them still matches a page holding
 * the bare word or another ending (encrypted ~ encrypt, policies ~ policy, scanning ~ scans).
 */
const ENDINGS = [
	'ations',
	'ation',
	'ities',
	'ings',
	'ing',
	'ment',
	'ments',
	'ness',
	'ions',
	'ion',
	'ies',
	'ied',
	'ers',
	'ity',
	'ive',
	'ous',
	'able',
	'ible',
	'ally',
	'al',
	'ly',
	'er',
	'ed',
	'es',
	'e',
	's',
	'y',
];
/** Stems shorter than this are not trusted (`uses` may match `use`, never `us`). */
const MIN_STEM = 3;

/**
 * The Latin words of a query that a page must hold: ASCII letters and digits, two characters or
 * more (one letter is dropped from queries before searching).
 * @example latinWords('waf のルール s3-bucket') // ['waf', 's3', 'bucket']
 */
export function latinWords(query: string): string[] {
	const words =
		query
			.normalize('NFKC')
			.toLowerCase()
			.match(/[a-z0-9]+/g) ?? [];
	return [...new Set(words.filter((w) => w.length >= 2))];
}

/** The word and the stems it may have lost an ending to, longest first. */
function stemsOf(word: string): string[] {
	const stems = [word];
	for (const ending of ENDINGS) {
		if (!word.endsWith(ending)) continue;
		let stem = word.slice(0, -ending.length);
		if (stem.length < MIN_STEM) continue;
		stems.push(stem);
		// scanning → scann → scan
		if (stem.length > MIN_STEM && stem.at(-1) === stem.at(-2)) stems.push(stem.slice(0, -1));
	}
	return stems;
}

/** The Latin words of a text, lower case, camelCase and hyphenated names also split (GuardDuty → guard, duty). */
function wordsOf(text: string): Set<string> {
	const words = new Set<string>();
	for (const [run] of text.normalize('NFKC').matchAll(/[A-Za-z0-9]+/g)) {
		words.add(run.toLowerCase());
		for (const [part] of run.matchAll(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+/g))
			words.add(part.toLowerCase());
	}
	return words;
}

/**
 * Whether `text` holds `word` the way Pagefind matches it: a word of the text starts with it, or
 * starts with its stem (the word minus an English ending).
 * @example hasWord('Amazon Q Developer', 'qqzzxx') // false: Pagefind's "Q" is a guess
 * @example hasWord('Encrypt the logs', 'encrypted') // true
 */
export function hasWord(text: string, word: string): boolean {
	return holds(wordsOf(text), word);
}

/**
 * The words of `query` that `text` lacks: Latin words (see `hasWord`) and Japanese words, which
 * Pagefind also finds inside longer words (ウォール in ファイアウォール). When a page Pagefind
 * returned for the query lacks one, Pagefind guessed that word, and none of its results hold it.
 * @example missingWords('Amazon Q Developer', 'qqzzxx') // ['qqzzxx']
 * @example missingWords('デフォルトのルール', 'フォージェリ') // ['フォージェリ']
 */
export function missingWords(text: string, query: string): string[] {
	const words = wordsOf(text);
	const joined = unspaced(text);
	return [
		...latinWords(query).filter((word) => !holds(words, word)),
		...japaneseWords(query).filter((word) => !joined.includes(word)),
	];
}

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const KATAKANA_RUN = /[\p{Script=Katakana}ー・]{2,}/gu;
const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });

/** The Japanese words of a query, split as the browser (and so Pagefind) splits them. */
export function japaneseWords(query: string): string[] {
	const words = [...segmenter.segment(query.normalize('NFKC'))]
		.filter((s) => s.isWordLike && JAPANESE.test(s.segment))
		.map((s) => s.segment);
	return [...new Set(words)];
}

/**
 * Katakana words of the query that the browser splits down to single letters
 * (クロスサイトリクエストフォージェリ → …|フォー|ジ|ェ|リ). Pagefind searches each piece as the start
 * of a word, and a one-letter piece matches nearly every page: only a page holding the whole
 * word answers such a query.
 */
export function brokenKatakana(query: string): string[] {
	const text = query.normalize('NFKC');
	const segments = [...segmenter.segment(text)];
	const broken: string[] = [];
	for (const run of text.matchAll(KATAKANA_RUN)) {
		const start = run.index;
		const end = start + run[0].length;
		const pieces = segments.filter((s) => s.index >= start && s.index < end && s.isWordLike);
		if (pieces.length > 1 && pieces.some((s) => [...s.segment].length === 1))
			broken.push(unspaced(run[0]));
	}
	return [...new Set(broken)];
}

/** Whether `text` holds each of `words` whole (spaces, zero-width spaces and ・ aside). */
export function holdsWhole(text: string, words: readonly string[]): boolean {
	const joined = unspaced(text);
	return words.every((word) => joined.includes(word));
}

/** NFKC text without the spaces Pagefind puts between Japanese words, nor ・. */
function unspaced(text: string): string {
	return text.normalize('NFKC').replace(/[\s\u200b・]/g, '');
}

function holds(words: ReadonlySet<string>, word: string): boolean {
	const stems = stemsOf(word.toLowerCase());
	for (const candidate of words) {
		if (stems.some((stem) => candidate.startsWith(stem))) return true;
	}
	return false;
}
