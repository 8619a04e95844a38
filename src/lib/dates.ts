/**
 * Calendar dates (YYYY-MM-DD, as frontmatter keeps them) written the way each language reads
 * them. The Japanese form follows the house style: a space between digits and kanji.
 */
import type { Locale } from '../i18n/locales.ts';

const EN_MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
] as const;

/**
 * A YYYY-MM-DD date for readers of one language.
 * @example formatDate('2025-09-30', 'ja') // '2025 年 9 月 30 日'
 * @example formatDate('2025-09-30', 'en') // 'September 30, 2025'
 */
export function formatDate(date: string, locale: Locale): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	if (!match) throw new Error(`expected a date written as YYYY-MM-DD, got "${date}"`);
	const [, year, month, day] = match.map(Number) as [number, number, number, number];
	return locale === 'ja'
		? `${year} 年 ${month} 月 ${day} 日`
		: `${EN_MONTHS[month - 1]} ${day}, ${year}`;
}
