/**
 * Which section the reader is in, from where the headings are on screen. The table of contents
 * highlights it and the language switch carries it over when the URL has no #hash.
 */

/** A heading's id and the distance of its top edge from the top of the viewport, in px. */
export interface HeadingPosition {
	id: string;
	top: number;
}

/**
 * The section being read: of the headings whose top is at or above `line` (just below the
 * sticky header), the one closest to it (the later one on a tie); undefined while the reader is
 * above the first heading. Decided by position, not list order, so a heading elsewhere on the
 * page (a sticky rail) cannot cut the list short.
 * @example currentSection([{ id: 'a', top: -400 }, { id: 'b', top: 60 }, { id: 'c', top: 700 }], 96) // 'b'
 */
export function currentSection(
	headings: readonly HeadingPosition[],
	line: number,
): string | undefined {
	let current: HeadingPosition | undefined;
	for (const heading of headings) {
		if (heading.top <= line && (!current || heading.top >= current.top)) current = heading;
	}
	return current?.id;
}
