/**
 * Whether a page Pagefind returned really holds the Latin words of the query. Pagefind 1.6
 * answers a word no indexed word starts with by the longest indexed word that starts *it*
 * (upstream PR #315, issue #599, no option to turn it off): `qqzzxx` finds the "Q" of Amazon Q,
 * `wafqqq` finds WAF. Since that fallback depends on the word alone, not on the page, one page
 * that lacks the word shows the whole answer is such a guess. Pure.
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
 * The Latin words of `query` that `text` lacks. When a page Pagefind returned for the query
 * lacks one, Pagefind guessed that word, and none of its results hold it.
 * @example missingWords('Amazon Q Developer', 'qqzzxx') // ['qqzzxx']
 */
export function missingWords(text: string, query: string): string[] {
	const words = wordsOf(text);
	return latinWords(query).filter((word) => !holds(words, word));
}

function holds(words: ReadonlySet<string>, word: string): boolean {
	const stems = stemsOf(word.toLowerCase());
	for (const candidate of words) {
		if (stems.some((stem) => candidate.startsWith(stem))) return true;
	}
	return false;
}
