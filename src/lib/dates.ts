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
 * A YYYY-MM-DD date (or YYYY-MM, when only the month is known) for readers of one language.
 * @example formatDate('2025-09-30', 'ja') // '2025 年 9 月 30 日'
 * @example formatDate('2025-09-30', 'en') // 'September 30, 2025'
 * @example formatDate('2026-04', 'en') // 'April 2026'
 */
export function formatDate(date: string, locale: Locale): string {
	const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
	if (!match) throw new Error(`expected a date written as YYYY-MM-DD or YYYY-MM, got "${date}"`);
	const [year, month, day] = [Number(match[1]), Number(match[2]), match[3] && Number(match[3])];
	if (locale === 'ja') return day ? `${year} 年 ${month} 月 ${day} 日` : `${year} 年 ${month} 月`;
	return day ? `${EN_MONTHS[month - 1]} ${day}, ${year}` : `${EN_MONTHS[month - 1]} ${year}`;
}

/** The first instant of a YYYY-MM-DD or YYYY-MM date, as an RFC 3339 timestamp (UTC). */
export function dateTime(date: string): string {
	return `${date.length === 7 ? `${date}-01` : date}T00:00:00Z`;
}
