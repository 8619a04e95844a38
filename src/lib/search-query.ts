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
