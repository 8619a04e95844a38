/**
 * Comparison tables computed from frontmatter: the full matrix and the focused topics. Entries
 * in, rows of label keys out: no Astro, no HTML, no labels (the components resolve them).
 */
import {
	ACTIVATIONS,
	ATTACHMENTS,
	CATEGORIES,
	DATA_SOURCES,
	KINDS,
	LAYERS,
	LIFECYCLES,
	IDENTITY_TYPES,
	ACCESS_CONTROLS,
	STORED_ITEMS,
	TENANCIES,
	ROTATIONS,
	RECORDS,
	LOG_DESTINATIONS,
	ORG_SCOPES,
	OSI_LAYERS,
	PRICING,
	PURPOSES,
	RESOURCES,
	RULE_ACTIONS,
	RULE_EVALUATIONS,
	STATEFULNESS,
	type Service,
	type Tier,
} from '../schema.ts';
import type { Locale } from '../i18n/locales.ts';
import { parseEntryId } from './entries.ts';
import { FACT_FIELDS, rawValues, valueKeys, type FactField, type ValueKey } from './fields.ts';
import { orderedEntries, type ServiceEntry } from './navigation.ts';
import { TOPICS, type TopicColumn, type TopicId } from './topics.ts';

export type CellKey = ValueKey | `activation.${Tier['activation']}` | 'value.yes' | 'value.no';

export interface Cell {
	/** Dictionary keys of the values shown, in order; [] shows as a dash. */
	keys: CellKey[];
	/** Raw enum values, for filters in the URL. */
	values: string[];
	/** Position in the enum's order (first value), for sorting; Infinity when empty. */
	rank: number;
}

export interface Row {
	slug: string;
	title: string;
	/** Set on rows that show one tier of a page (Shield Standard / Advanced). */
	tier?: Tier['name'];
	cells: Partial<Record<TopicColumn, Cell>>;
}

export interface ComparisonTable {
	columns: readonly TopicColumn[];
	rows: Row[];
}

const ORDER: Record<TopicColumn, readonly (string | number | boolean)[]> = {
	kind: KINDS,
	category: CATEGORIES,
	layer: LAYERS,
	purpose: PURPOSES,
	osiLayers: OSI_LAYERS,
	stateful: STATEFULNESS,
	orgScope: ORG_SCOPES,
	pricing: PRICING,
	attachesTo: ATTACHMENTS,
	ruleActions: RULE_ACTIONS,
	ruleEvaluation: RULE_EVALUATIONS,
	protects: RESOURCES,
	dataSources: DATA_SOURCES,
	identities: IDENTITY_TYPES,
	accessControls: ACCESS_CONTROLS,
	stores: STORED_ITEMS,
	tenancy: TENANCIES,
	rotation: ROTATIONS,
	records: RECORDS,
	destinations: LOG_DESTINATIONS,
	lifecycle: LIFECYCLES,
	activation: ACTIVATIONS,
	responseTeam: [true, false],
	costProtection: [true, false],
};

/** Fields a reader can filter the full matrix by (single-valued enums). */
export const FILTER_FIELDS = [
	'category',
	'layer',
	'kind',
	'purpose',
	'stateful',
	'orgScope',
	'pricing',
] as const satisfies readonly FactField[];

/** One row per page of `locale`, in reading order, with every fact field as a column. */
export function buildMatrix(entries: readonly ServiceEntry[], locale: Locale): ComparisonTable {
	return {
		columns: FACT_FIELDS,
		rows: orderedEntries(entries, locale).map((entry) => ({
			slug: parseEntryId(entry.id).slug,
			title: entry.data.title,
			cells: Object.fromEntries(FACT_FIELDS.map((f) => [f, factCell(entry.data, f)])),
		})),
	};
}

/** The rows of one topic: the pages its rule selects, split into tiers where the topic asks. */
export function buildTopicTable(
	entries: readonly ServiceEntry[],
	locale: Locale,
	topicId: TopicId,
): ComparisonTable {
	const topic = TOPICS.find((t) => t.id === topicId);
	if (!topic) throw new Error(`unknown comparison topic "${topicId}"`);
	const rows = orderedEntries(entries, locale)
		.filter((entry) => topic.includes(entry.data))
		.flatMap((entry): Row[] => {
			const slug = parseEntryId(entry.id).slug;
			const cells = (tier?: Tier) =>
				Object.fromEntries(topic.columns.map((c) => [c, topicCell(entry.data, c, tier)]));
			const tiers = topic.splitTiers ? (entry.data.tiers ?? []) : [];
			if (tiers.length === 0) return [{ slug, title: entry.data.title, cells: cells() }];
			return tiers.map((tier) => ({
				slug,
				title: entry.data.title,
				tier: tier.name,
				cells: cells(tier),
			}));
		});
	return { columns: topic.columns, rows };
}

/** A page's value for one column, taken from the tier when the row is a tier. */
export function topicCell(service: Service, column: TopicColumn, tier?: Tier): Cell {
	if (column === 'responseTeam' || column === 'costProtection') {
		const value = tier?.[column];
		if (value === undefined) return emptyCell();
		return {
			keys: [value ? 'value.yes' : 'value.no'],
			values: [String(value)],
			rank: value ? 0 : 1,
		};
	}
	if (column === 'activation') {
		if (!tier) return emptyCell();
		return {
			keys: [`activation.${tier.activation}`],
			values: [tier.activation],
			rank: ACTIVATIONS.indexOf(tier.activation),
		};
	}
	if (tier && (column === 'pricing' || column === 'osiLayers' || column === 'protects')) {
		return factCell({ ...service, [column]: tier[column] }, column);
	}
	return factCell(service, column);
}

function factCell(service: Service, field: FactField): Cell {
	const values = rawValues(service, field);
	const first = values[0];
	const order = ORDER[field].map(String);
	return {
		keys: valueKeys(service, field),
		values,
		rank: first === undefined ? Infinity : order.indexOf(first),
	};
}

function emptyCell(): Cell {
	return { keys: [], values: [], rank: Infinity };
}

/** Values a filter offers: those present in the rows, in enum order. */
export function filterOptions(table: ComparisonTable, field: TopicColumn): string[] {
	const present = new Set(table.rows.flatMap((row) => row.cells[field]?.values ?? []));
	return ORDER[field].map(String).filter((value) => present.has(value));
}
