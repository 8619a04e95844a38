/**
 * THE frontmatter contract of every reference page. Imports only `astro/zod`, so plain Node
 * (unit tests, scripts) loads it as well as the build. Enum tuples are ordered the way tables
 * and the security map show them.
 */
import { z } from 'astro/zod';

export const KINDS = ['service', 'feature', 'concept', 'report', 'tool', 'guide'] as const;
export const CATEGORIES = [
	'network-application-protection',
	'detection-response',
	'data-protection',
	'identity-access',
	'compliance',
	'code-operations',
] as const;
/** Outermost first: the security map and the tables use this order. */
export const LAYERS = [
	'edge',
	'vpc',
	'subnet',
	'instance',
	'application',
	'data',
	'account',
	'organization',
	'governance',
] as const;
export const OSI_LAYERS = [3, 4, 7] as const;
export const STATEFULNESS = ['stateful', 'stateless', 'both', 'not-applicable'] as const;
export const ORG_SCOPES = [
	'account',
	'organization',
	'organization-only',
	'not-applicable',
] as const;
export const PRICING = ['free', 'paid', 'free-tier'] as const;
/** AWS resource types a page protects, scans or governs. */
export const RESOURCES = [
	'cloudfront',
	'api-gateway-rest',
	'alb',
	'appsync',
	'cognito-user-pool',
	'app-runner',
	'verified-access',
	'amplify',
	'agentcore-gateway',
	'route53-hosted-zone',
	'global-accelerator',
	'elastic-ip',
	'clb',
	'nlb',
	'vpc',
	'subnet',
	'ec2-instance',
	'network-interface',
	'ecr-image',
	'lambda-function',
	'code-repository',
	's3-bucket',
	'eks-cluster',
	'rds-database',
	'aws-account',
	'iam-principal',
	'kms-key',
	'secret',
	'certificate',
	'sqs-queue',
	'sns-topic',
	'dynamodb-table',
	'ecr-repository',
	'efs-file-system',
	'ebs-snapshot',
	'rds-snapshot',
	'vpc-endpoint',
	'aws-organization',
	'web-application',
	'mobile-app',
] as const;
/** Logs and signals a page analyzes. */
export const DATA_SOURCES = [
	'vpc-flow-logs',
	'cloudtrail',
	'dns-logs',
	'guardduty-findings',
	'security-findings',
	'eks-audit-logs',
	'cloudwatch-metrics',
	'ssm-inventory',
	'ebs-snapshots',
	's3-objects',
	'source-code',
	'application-profiles',
	'aws-config',
	'waf-logs',
	'lambda-data-events',
	'cloudtrail-data-events',
	'iam-policies',
] as const;
/** What a page is for: the question a reader brings to it. */
export const PURPOSES = [
	'traffic-filtering',
	'intrusion-detection',
	'ddos-protection',
	'central-policy',
	'threat-detection',
	'posture-management',
	'investigation',
	'vulnerability-management',
	'sensitive-data-discovery',
	'code-review',
	'performance-profiling',
	'anomaly-detection',
	'policy-authoring',
	'compliance-reports',
	'audit-preparation',
	'identity-management',
	'workforce-access',
	'access-guardrails',
	'access-analysis',
	'customer-identity',
	'key-management',
	'secrets-management',
	'certificate-management',
	'data-access-control',
	'activity-logging',
	'configuration-tracking',
	'network-logging',
	'security-data-lake',
	'incident-response',
	'dns-filtering',
	'private-connectivity',
	'zero-trust-access',
	'landing-zone',
	'node-management',
] as const;
/** The unit a filter or protection is attached to. */
export const ATTACHMENTS = [
	'subnet',
	'network-interface',
	'vpc-route',
	'web-resource',
	'edge-resource',
	'vpc',
	'account',
	'organization',
] as const;
export const RULE_ACTIONS = [
	'allow-only',
	'allow-and-deny',
	'allow-block-count',
	'allow-block-alert',
] as const;
export const RULE_EVALUATIONS = ['all-rules', 'rule-number-order', 'priority-order'] as const;
export const LIFECYCLES = [
	'available',
	'maintenance',
	'end-of-support-announced',
	'discontinued',
] as const;
export const TIER_NAMES = ['standard', 'advanced'] as const;
export const ACTIVATIONS = ['automatic', 'opt-in', 'subscription'] as const;
/** Whose identities or access a page manages (the identity comparison). */
export const IDENTITY_TYPES = ['workforce', 'customer', 'workload', 'aws-account'] as const;
/** What a page does to access: grants it, only limits it, authenticates people, or analyzes it. */
export const ACCESS_CONTROLS = ['authenticates', 'grants', 'limits', 'analyzes'] as const;
/** What a key or secret store holds (the keys-and-secrets comparison). */
export const STORED_ITEMS = ['encryption-keys', 'secrets', 'parameters', 'certificates'] as const;
/** Who else runs on the hardware that holds the keys. */
export const TENANCIES = ['multi-tenant', 'single-tenant'] as const;
/** How what it stores is rotated or renewed. */
export const ROTATIONS = ['automatic', 'scheduled', 'managed-renewal', 'manual'] as const;
/** What a logging service records (the logging comparison). */
export const RECORDS = [
	'api-activity',
	'resource-configuration',
	'network-flows',
	'dns-queries',
	'security-findings',
] as const;
/** Where its records can be kept or sent. */
export const LOG_DESTINATIONS = [
	'event-history',
	's3',
	'cloudwatch-logs',
	'firehose',
	'security-lake',
] as const;

export type Kind = (typeof KINDS)[number];
export type Category = (typeof CATEGORIES)[number];
export type Layer = (typeof LAYERS)[number];
export type OsiLayer = (typeof OSI_LAYERS)[number];

/** A calendar date; YAML reads an unquoted 2027-09-30 as a Date, so keep the date as text. */
const isoDate = z.preprocess(
	(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
	z.iso.date({ error: 'expected a date written as YYYY-MM-DD' }),
);

const slug = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected an ASCII kebab-case slug' });

const osiLayers = z
	.array(z.literal(OSI_LAYERS, { error: 'expected 3, 4 or 7' }))
	.meta({ description: 'Network layers it filters or protects (3, 4, 7)' });

/** A priced tier of one service (Shield Standard / Advanced): the comparison tables show one row each. */
export const tierSchema = z.strictObject({
	name: z.enum(TIER_NAMES).meta({ description: 'Tier id; its label lives in the UI dictionary' }),
	pricing: z.enum(PRICING).meta({ description: 'Cost model of this tier' }),
	activation: z.enum(ACTIVATIONS).meta({ description: 'How a customer gets this tier' }),
	osiLayers: osiLayers,
	protects: z
		.array(z.enum(RESOURCES))
		.default([])
		.meta({ description: 'Resources this tier covers' }),
	responseTeam: z.boolean().meta({ description: 'Access to an AWS response team (SRT)' }),
	costProtection: z
		.boolean()
		.meta({ description: 'Credits for scaling charges caused by an attack' }),
});

/** YYYY-MM-DD, or YYYY-MM where AWS gives only the month: a change is never given a made-up day. */
export const CHANGE_DATE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

/** A dated AWS change a page reflects: feeds the changes page and the Atom feed. */
export const changeSchema = z.strictObject({
	date: z
		.preprocess(
			(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
			z.string().regex(CHANGE_DATE, {
				error: 'expected YYYY-MM-DD, or YYYY-MM when AWS gives only the month',
			}),
		)
		.meta({ description: 'When the change took effect at AWS: YYYY-MM-DD, or YYYY-MM' }),
	section: slug.meta({ description: 'Heading id of the section that describes the change' }),
	summary: z.string().min(1).max(200).meta({ description: 'One localized sentence: what changed' }),
});

export const serviceSchema = z.strictObject({
	title: z.string().min(1).meta({ description: 'Official AWS name, localized' }),
	summary: z
		.string()
		.min(1)
		.max(160)
		.meta({ description: 'One sentence: meta description, table cell, link preview' }),
	kind: z.enum(KINDS).meta({ description: 'What the page describes' }),
	category: z.enum(CATEGORIES).meta({ description: "AWS's own security grouping" }),
	layer: z.enum(LAYERS).meta({ description: 'Where in the architecture it acts (security map)' }),
	purpose: z.enum(PURPOSES).meta({ description: 'The job it does for the reader' }),
	osiLayers: osiLayers.optional(),
	stateful: z
		.enum(STATEFULNESS)
		.meta({ description: 'Stateful, stateless, both or not applicable' }),
	orgScope: z
		.enum(ORG_SCOPES)
		.meta({ description: 'Per account, multi-account via Organizations, or Organizations only' }),
	pricing: z.enum(PRICING).optional().meta({ description: 'Cost model' }),
	attachesTo: z
		.enum(ATTACHMENTS)
		.optional()
		.meta({ description: 'The unit a filter or protection is attached to' }),
	ruleActions: z.enum(RULE_ACTIONS).optional().meta({ description: 'What its rules can do' }),
	ruleEvaluation: z
		.enum(RULE_EVALUATIONS)
		.optional()
		.meta({ description: 'How its rules are evaluated' }),
	tiers: z.array(tierSchema).optional().meta({ description: 'Priced tiers, compared row by row' }),
	protects: z
		.array(z.enum(RESOURCES))
		.optional()
		.meta({ description: 'Resources it protects or scans' }),
	dataSources: z.array(z.enum(DATA_SOURCES)).optional().meta({ description: 'What it analyzes' }),
	lifecycle: z.enum(LIFECYCLES).default('available').meta({ description: 'Service status at AWS' }),
	lifecycleDate: isoDate
		.optional()
		.meta({ description: 'YYYY-MM-DD of the lifecycle change (maintenance, end of support)' }),
	identities: z
		.array(z.enum(IDENTITY_TYPES))
		.optional()
		.meta({ description: 'Whose identities or access it manages' }),
	accessControls: z
		.array(z.enum(ACCESS_CONTROLS))
		.optional()
		.meta({ description: 'Whether it authenticates, grants, only limits, or analyzes access' }),
	stores: z.array(z.enum(STORED_ITEMS)).optional().meta({ description: 'What it keeps' }),
	tenancy: z.enum(TENANCIES).optional().meta({ description: 'Hardware shared or dedicated' }),
	rotation: z.enum(ROTATIONS).optional().meta({ description: 'How what it keeps is renewed' }),
	records: z.array(z.enum(RECORDS)).optional().meta({ description: 'What it records' }),
	destinations: z
		.array(z.enum(LOG_DESTINATIONS))
		.optional()
		.meta({ description: 'Where its records are kept or delivered' }),
	reviewed: isoDate.meta({
		description: 'YYYY-MM-DD the page was last checked against AWS documentation',
	}),
	changes: z
		.array(changeSchema)
		.default([])
		.meta({ description: 'Dated AWS changes the page reflects; the summary is localized' }),
	awsDocs: z.url().meta({ description: "AWS documentation in the page's language" }),
	related: z.array(slug).default([]).meta({ description: 'Slugs of related pages (validated)' }),
	aliases: z
		.array(z.string().min(1))
		.default([])
		.meta({ description: 'Other spellings for search' }),
	order: z.number().optional().meta({ description: 'Order inside its category' }),
});

export type Service = z.output<typeof serviceSchema>;
export type Tier = z.output<typeof tierSchema>;
export type Change = z.output<typeof changeSchema>;

/** Fields that may differ between ja and en; all others must be identical. */
export const LOCALIZED_FIELDS = [
	'title',
	'summary',
	'aliases',
	'awsDocs',
	'changes',
] as const satisfies readonly (keyof Service)[];
export type LocalizedField = (typeof LOCALIZED_FIELDS)[number];
export type NeutralField = Exclude<keyof Service, LocalizedField>;
