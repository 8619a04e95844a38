/**
 * The full matrix's view state (filters + sort) ⇄ URL query, and which rows it shows. Pure, so
 * the browser script and the unit tests share it.
 */
export interface MatrixState {
	filters: Record<string, string>;
	sort?: string;
	descending: boolean;
}

/**
 * Reads a state from a query string, keeping only the values each filter offers (an unknown
 * value would show no rows while the filter reads "All") and sortable columns.
 * @example readMatrixState('?layer=edge&sort=pricing&dir=desc', { layer: ['edge'] }, ['pricing'])
 */
export function readMatrixState(
	search: string,
	filterOptions: Readonly<Record<string, readonly string[]>>,
	sortColumns: readonly string[],
): MatrixState {
	const params = new URLSearchParams(search);
	const filters: Record<string, string> = {};
	for (const [field, options] of Object.entries(filterOptions)) {
		const value = params.get(field);
		if (value && options.includes(value)) filters[field] = value;
	}
	const sort = params.get('sort') ?? undefined;
	return {
		filters,
		sort: sort && sortColumns.includes(sort) ? sort : undefined,
		descending: params.get('dir') === 'desc',
	};
}

/** Writes a state as a query string ('' when it is the default view). */
export function writeMatrixState(state: MatrixState): string {
	const params = new URLSearchParams();
	for (const [field, value] of Object.entries(state.filters)) if (value) params.set(field, value);
	if (state.sort) params.set('sort', state.sort);
	if (state.sort && state.descending) params.set('dir', 'desc');
	const query = params.toString();
	return query ? `?${query}` : '';
}

/** Whether a row (its values per field, space-separated) passes every filter. */
export function rowMatches(
	rowValues: Record<string, string | undefined>,
	filters: Record<string, string>,
): boolean {
	return Object.entries(filters).every(([field, value]) =>
		(rowValues[field] ?? '').split(' ').includes(value),
	);
}

/** Orders rows by rank (then title), keeping empty cells last in either direction. */
export function compareRows(
	a: { rank: number; title: string },
	b: { rank: number; title: string },
	descending: boolean,
): number {
	const aEmpty = !Number.isFinite(a.rank);
	const bEmpty = !Number.isFinite(b.rank);
	if (aEmpty !== bEmpty) return aEmpty ? 1 : -1;
	const byRank = (a.rank - b.rank || 0) * (descending ? -1 : 1);
	return byRank || a.title.localeCompare(b.title);
}
