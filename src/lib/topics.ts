/**
 * Focused comparisons. A topic is data: which pages belong (a rule over frontmatter, so a new
 * page with the right fields joins without code changes) and which fields become columns.
 * Titles and intros live in the UI dictionary (`topic.<id>.title`, `topic.<id>.intro`).
 */
import type { Service } from '../schema.ts';
import type { FactField } from './fields.ts';

export type TierField = 'activation' | 'responseTeam' | 'costProtection';
export type TopicColumn = FactField | TierField;

export interface Topic {
	id: TopicId;
	/** Whether a page belongs to this topic. */
	includes: (service: Service) => boolean;
	columns: readonly TopicColumn[];
	/** Pages with `tiers` get one row per tier (Shield Standard / Advanced). */
	splitTiers: boolean;
}

export const TOPIC_IDS = [
	'network-filtering',
	'ddos-and-edge',
	'detection',
	'compliance',
	'identity',
	'keys-and-secrets',
	'logging',
] as const;
export type TopicId = (typeof TOPIC_IDS)[number];

const DETECTION_PURPOSES: ReadonlySet<Service['purpose']> = new Set([
	'threat-detection',
	'posture-management',
	'investigation',
	'vulnerability-management',
	'sensitive-data-discovery',
	'anomaly-detection',
]);

export const TOPICS: readonly Topic[] = [
	{
		id: 'network-filtering',
		includes: (s) => s.category === 'network-application-protection' && s.ruleActions !== undefined,
		columns: [
			'attachesTo',
			'osiLayers',
			'stateful',
			'ruleActions',
			'ruleEvaluation',
			'protects',
			'pricing',
		],
		splitTiers: false,
	},
	{
		id: 'ddos-and-edge',
		includes: (s) => s.layer === 'edge',
		columns: ['osiLayers', 'pricing', 'activation', 'responseTeam', 'costProtection', 'protects'],
		splitTiers: true,
	},
	{
		id: 'detection',
		includes: (s) => DETECTION_PURPOSES.has(s.purpose),
		columns: ['purpose', 'layer', 'dataSources', 'protects', 'orgScope', 'lifecycle'],
		splitTiers: false,
	},
	{
		id: 'compliance',
		includes: (s) => s.category === 'compliance',
		columns: ['kind', 'purpose', 'pricing', 'orgScope'],
		splitTiers: false,
	},
	{
		id: 'identity',
		includes: (s) => s.identities !== undefined,
		columns: ['identities', 'accessControls', 'layer', 'orgScope', 'pricing'],
		splitTiers: false,
	},
	{
		id: 'keys-and-secrets',
		includes: (s) => s.stores !== undefined,
		columns: ['stores', 'tenancy', 'rotation', 'layer', 'pricing'],
		splitTiers: false,
	},
	{
		id: 'logging',
		includes: (s) => s.records !== undefined,
		columns: ['records', 'destinations', 'layer', 'orgScope', 'pricing'],
		splitTiers: false,
	},
];

/** The ids of the topics a page appears in, in TOPICS order. */
export function topicsOf(service: Service): TopicId[] {
	return TOPICS.filter((topic) => topic.includes(service)).map((topic) => topic.id);
}
