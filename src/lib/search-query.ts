/**
 * Search helpers shared by the build (best-bet table) and the browser (query clean-up, excerpt
 * rendering). Plain functions, no DOM.
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

/** Titles and aliases of pages → page URL, for "best bet" matches. */
export function buildBestBets(
	pages: readonly { url: string; title: string; aliases: readonly string[] }[],
): Record<string, string> {
	const bets: Record<string, string> = {};
	for (const page of pages) {
		for (const name of [page.title, ...page.aliases]) {
			const key = bestBetKey(name);
			if (key && !(key in bets)) bets[key] = page.url;
		}
	}
	return bets;
}

export type ExcerptPart = { text: string; marked: boolean };

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
};

/**
 * Splits a Pagefind excerpt (escaped text with <mark> tags) into plain text parts, so the UI
 * builds DOM nodes from text and never parses HTML.
 * @example parseExcerpt('a <mark>b</mark> &amp; c') // [{text:'a ',marked:false},{text:'b',marked:true},{text:' & c',marked:false}]
 */
export function parseExcerpt(excerpt: string): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	const pattern = /<mark>(.*?)<\/mark>/gs;
	let last = 0;
	for (const match of excerpt.matchAll(pattern)) {
		if (match.index > last)
			parts.push({ text: decode(excerpt.slice(last, match.index)), marked: false });
		parts.push({ text: decode(match[1] ?? ''), marked: true });
		last = match.index + match[0].length;
	}
	if (last < excerpt.length) parts.push({ text: decode(excerpt.slice(last)), marked: false });
	return parts.filter((p) => p.text !== '');
}

function decode(text: string): string {
	return text
		.replace(/<[^>]*>/g, '')
		.replace(/&(#?\w+);/g, (entity, name: string) =>
			name.startsWith('#') ? codePoint(name.slice(1), entity) : (ENTITIES[name] ?? entity),
		);
}

/** `39` or `x27` → the character; anything else stays as written. */
function codePoint(number: string, entity: string): string {
	const value = number.startsWith('x') ? Number.parseInt(number.slice(1), 16) : Number(number);
	return Number.isInteger(value) && value > 0 && value <= 0x10ffff
		? String.fromCodePoint(value)
		: entity;
}
