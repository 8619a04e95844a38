/**
 * Query clean-up shared by the build (lexicon keys) and the browser (what the reader typed).
 * Plain functions, no DOM.
 */

/**
 * Normalises a query the way readers mean it: NFKC (full-width ＷＡＦ → WAF, half-width ｽﾃｰﾄﾌﾙ →
 * ステートフル), lower case, collapsed spaces, and capped in length.
 * @example normalizeQuery('　ＧｕａｒｄＤｕｔｙ  ') // 'guardduty'
 */
export function normalizeQuery(raw: string, maxLength = 200): string {
	return raw.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim().slice(0, maxLength).trim();
}

/**
 * The query without HTML tags and comments, which a reader may paste or type around words:
 * searched as words, `<u>` would look for every word starting with "u".
 * @example stripMarkup('<u>waf</u> ルール') // 'waf ルール'
 */
export function stripMarkup(query: string): string {
	return query
		.replace(/<!--.*?(-->|$)|<\/?[a-z][^<>]*>/gi, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * The query without lone Latin letters and digits ("u", "3"), which match nearly every page as
 * a prefix. A single kanji stays: it is a word (鍵, 認証).
 * @example dropLoneLetters('u waf 鍵') // 'waf 鍵'
 */
export function dropLoneLetters(query: string): string {
	return query
		.replace(/(?<![a-z0-9])[a-z0-9](?![a-z0-9])/gi, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Key for exact-match lookups: normalised, with spaces and middle dots removed. */
export function bestBetKey(text: string): string {
	return normalizeQuery(text).replace(/[\s・·]/g, '');
}

/** A piece of result text, marked when it is one of the query's words. */
export type ExcerptPart = { text: string; marked: boolean };

/**
 * Whether a query is too short to search: one character that is not a kanji (a kana or a
 * letter matches nearly every page, and costs a download of page texts on every keystroke).
 * @example isTooShort('ス') // true; isTooShort('鍵') // false
 */
export function isTooShort(raw: string): boolean {
	const query = normalizeQuery(raw);
	return query === '' || ([...query].length === 1 && !/\p{Script=Han}/u.test(query));
}
