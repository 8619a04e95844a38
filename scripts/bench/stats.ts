/** Summaries of repeated measurements: median with the range, as the benchmark reports them. */

export interface Spread {
	median: number;
	min: number;
	max: number;
	runs: number;
}

/**
 * Median (the mean of the middle two for an even count), minimum and maximum.
 * @example spread([3, 1, 2]) // { median: 2, min: 1, max: 3, runs: 3 }
 */
export function spread(values: readonly number[]): Spread {
	if (values.length === 0) throw new Error('spread: no values');
	const sorted = values.toSorted((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	const median =
		sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
	return { median, min: sorted[0]!, max: sorted.at(-1)!, runs: sorted.length };
}

/**
 * A spread as text: the median, then the range when there was more than one run.
 * @example formatSpread(spread([12.1, 12.9, 13.4]), 1, ' s') // '12.9 s (12.1–13.4)'
 */
export function formatSpread(s: Spread, digits: number, unit: string): string {
	const f = (n: number) => n.toFixed(digits);
	return s.runs > 1 ? `${f(s.median)}${unit} (${f(s.min)}–${f(s.max)})` : `${f(s.median)}${unit}`;
}

/**
 * The value at a percentile (nearest rank) of a list.
 * @example percentile([5, 1, 4, 2, 3], 95) // 5
 */
export function percentile(values: readonly number[], p: number): number {
	const sorted = values.toSorted((a, b) => a - b);
	return sorted[
		Math.min(sorted.length - 1, Math.max(0, Math.ceil((sorted.length * p) / 100) - 1))
	]!;
}
