/**
 * The Japanese house style, as rules the content linter runs over the text of every Japanese
 * page (code is left alone). The README's "Japanese style" section describes the same rules.
 */
import type { Node } from './callouts.ts';

/** A character of Japanese text: kana, kanji, the long-vowel mark; not punctuation. */
const JA = '\\u3041-\\u309f\\u30a0-\\u30fa\\u30fc-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\u3005';
const LATIN = 'A-Za-z0-9';

/**
 * Katakana words AWS's Japanese documentation writes with (or without) a final long vowel.
 * Each pattern finds the spelling we do not use; the second value is the one we do.
 */
export const KATAKANA_SPELLINGS: readonly (readonly [RegExp, string])[] = [
	[/サーバ(?!ー)/g, 'サーバー'],
	[/ユーザ(?!ー)/g, 'ユーザー'],
	[/パラメータ(?!ー)/g, 'パラメーター'],
	[/フィルタ(?![ーリ])/g, 'フィルター'],
	[/インタ[ー]?フェ[ー]?ス/g, 'インターフェイス'],
	[/メンバ(?!ー)/g, 'メンバー'],
	[/ポリシ(?!ー)/g, 'ポリシー'],
	[/プロバイダ(?!ー)/g, 'プロバイダー'],
	[/ブラウザ(?!ー)/g, 'ブラウザー'],
	[/コンピュータ(?!ー)/g, 'コンピューター'],
	[/ヘッダ(?!ー)/g, 'ヘッダー'],
	[/レイヤ(?!ー)/g, 'レイヤー'],
	[/マネージャ(?!ー)/g, 'マネージャー'],
	[/リポジトリー/g, 'リポジトリ'],
	[/ディレクトリー/g, 'ディレクトリ'],
	[/カテゴリー/g, 'カテゴリ'],
];

/** One break of the house style inside a piece of text. */
export interface StyleMistake {
	/** The offending characters, as written. */
	found: string;
	message: string;
}

/**
 * The house-style mistakes in one run of Japanese prose (no code).
 * @example checkJapaneseText('検出結果(finding)') // half-width parentheses, missing spaces
 */
export function checkJapaneseText(text: string): StyleMistake[] {
	const mistakes: StyleMistake[] = [];
	for (const match of text.matchAll(/[()]/g)) {
		mistakes.push({
			found: context(text, match.index),
			message: `half-width "${match[0]}" in Japanese text; expected full-width （ ）`,
		});
	}
	const touching = new RegExp(`[${JA}][${LATIN}]|[${LATIN}][${JA}]`, 'g');
	for (const match of text.matchAll(touching)) {
		mistakes.push({
			found: context(text, match.index),
			message: `"${match[0]}": expected a half-width space between Japanese and Latin letters or digits`,
		});
	}
	for (const match of text.matchAll(/[Ａ-Ｚａ-ｚ０-９]/g)) {
		mistakes.push({
			found: context(text, match.index),
			message: `full-width "${match[0]}"; expected half-width letters and digits`,
		});
	}
	for (const [pattern, preferred] of KATAKANA_SPELLINGS) {
		for (const match of text.matchAll(pattern)) {
			mistakes.push({
				found: context(text, match.index),
				message: `"${match[0]}": expected ${preferred}, as AWS's Japanese documentation writes it`,
			});
		}
	}
	return mistakes;
}

/** Style mistakes in the prose of a parsed Japanese page, with the line of each. */
export function findJapaneseStyleMistakes(tree: Node): { line: number; message: string }[] {
	const found: { line: number; message: string }[] = [];
	const check = (text: string, line: number) => {
		for (const mistake of checkJapaneseText(text)) {
			found.push({ line, message: `${mistake.message} (in "${mistake.found}")` });
		}
	};
	const visit = (node: Node) => {
		if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'yaml') return;
		const line = node.position?.start.line ?? 0;
		if (node.type === 'text' && node.value) check(node.value, line);
		for (const attribute of node.attributes ?? []) {
			if (typeof attribute.value === 'string') check(attribute.value, line);
		}
		for (const child of node.children ?? []) visit(child);
	};
	visit(tree);
	return found;
}

/** A few characters either side of a position, to show where a mistake is. */
function context(text: string, index: number): string {
	return text.slice(Math.max(0, index - 6), index + 8);
}
