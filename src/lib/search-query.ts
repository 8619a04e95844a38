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
