/**
 * The few lines that open a topic comparison: for the columns where the rows differ, which
 * pages share which value ("Stateful: Security group, Network Firewall; stateless: Network
 * ACL"). Computed from the generated table, so a new page or a changed field updates them.
 */
import type { CellKey, ComparisonTable, Row } from './comparison.ts';
import type { TopicColumn } from './topics.ts';

/** Rows that have the same value in one column. */
export interface ValueGroup {
	/** Dictionary keys of the shared value ([] = no value). */
	keys: CellKey[];
	rows: Row[];
}

/** One column where the rows differ, its values in order of first appearance. */
export interface Difference {
	column: TopicColumn;
	groups: ValueGroup[];
}

/** Cells with more values than this are lists (resources, sources), not a contrast to sum up. */
const MAX_VALUES_PER_CELL = 2;

/**
 * Up to `max` columns where the rows differ, in column order, preferring columns where some
 * rows share a value (a contrast: stateful vs stateless) over columns where every row is
 * different. Columns holding lists are skipped.
 * @example keyDifferences(networkFiltering)[0] // { column: 'stateful', groups: [{ keys: ['stateful.stateless'], rows: [nacl] }, { keys: ['stateful.stateful'], rows: [sg, nfw] }] }
 */
export function keyDifferences(table: ComparisonTable, max = 4): Difference[] {
	const candidates = table.columns.flatMap((column): Difference[] => {
		const cells = table.rows.map((row) => row.cells[column]?.keys ?? []);
		if (cells.some((keys) => keys.length > MAX_VALUES_PER_CELL)) return [];
		const groups = new Map<string, ValueGroup>();
		table.rows.forEach((row, i) => {
			const keys = cells[i]!;
			const id = keys.join('|');
			const group = groups.get(id) ?? { keys, rows: [] };
			group.rows.push(row);
			groups.set(id, group);
		});
		return groups.size < 2 ? [] : [{ column, groups: [...groups.values()] }];
	});
	const isContrast = (d: Difference) => d.groups.length < table.rows.length;
	return [...candidates.filter(isContrast), ...candidates.filter((d) => !isContrast(d))]
		.slice(0, max)
		.toSorted((a, b) => table.columns.indexOf(a.column) - table.columns.indexOf(b.column));
}
