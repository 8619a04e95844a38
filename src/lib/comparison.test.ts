import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildMatrix, buildTopicTable, filterOptions } from './comparison.ts';
import { FACT_FIELDS } from './fields.ts';
import { topicsOf, type TopicColumn, type TopicId } from './topics.ts';
import { entry, serviceData, twins } from './test-fixtures.ts';

const network = {
	category: 'network-application-protection',
	purpose: 'traffic-filtering',
	osiLayers: [3, 4],
	pricing: 'free',
};
const entries = [
	...twins('network-acl', {
		...network,
		layer: 'subnet',
		stateful: 'stateless',
		attachesTo: 'subnet',
		ruleActions: 'allow-and-deny',
		ruleEvaluation: 'rule-number-order',
		order: 1,
	}),
	...twins('security-group', {
		...network,
		layer: 'instance',
		stateful: 'stateful',
		attachesTo: 'network-interface',
		ruleActions: 'allow-only',
		ruleEvaluation: 'all-rules',
		order: 2,
	}),
	...twins('shield', {
		category: 'network-application-protection',
		layer: 'edge',
		purpose: 'ddos-protection',
		order: 5,
		tiers: [
			{
				name: 'standard',
				pricing: 'free',
				activation: 'automatic',
				osiLayers: [3, 4],
				responseTeam: false,
				costProtection: false,
			},
			{
				name: 'advanced',
				pricing: 'paid',
				activation: 'subscription',
				osiLayers: [3, 4, 7],
				protects: ['cloudfront'],
				responseTeam: true,
				costProtection: true,
			},
		],
	}),
	...twins('guardduty', { dataSources: ['vpc-flow-logs', 'cloudtrail'], orgScope: 'organization' }),
];

test('the matrix has one row per page of the language and a column per fact field', () => {
	const matrix = buildMatrix(entries, 'en');
	assert.deepEqual(matrix.columns, FACT_FIELDS);
	assert.deepEqual(
		matrix.rows.map((r) => r.slug),
		['network-acl', 'security-group', 'shield', 'guardduty'],
	);
	const nacl = matrix.rows[0]!;
	assert.deepEqual(nacl.cells.osiLayers?.keys, ['osi.3', 'osi.4']);
	assert.deepEqual(nacl.cells.stateful?.keys, ['stateful.stateless']);
	assert.deepEqual(nacl.cells.protects, { keys: [], values: [], rank: Infinity });
});

test('cells rank values by their enum order, for sorting', () => {
	const matrix = buildMatrix(entries, 'en');
	const rank = (slug: string) => matrix.rows.find((r) => r.slug === slug)!.cells.layer!.rank;
	assert.ok(rank('shield') < rank('network-acl'));
	assert.ok(rank('network-acl') < rank('security-group'));
	assert.ok(rank('security-group') < rank('guardduty'));
});

test('topics select pages by frontmatter rules, not by a list of slugs', () => {
	assert.deepEqual(
		topicsOf(
			serviceData({
				category: 'network-application-protection',
				purpose: 'traffic-filtering',
				ruleActions: 'allow-only',
			}),
		),
		['network-filtering'],
	);
	assert.deepEqual(
		topicsOf(
			serviceData({
				layer: 'edge',
				category: 'network-application-protection',
				purpose: 'ddos-protection',
			}),
		),
		['ddos-and-edge'],
	);
	assert.deepEqual(topicsOf(serviceData({ purpose: 'sensitive-data-discovery' })), ['detection']);
	assert.deepEqual(
		topicsOf(serviceData({ category: 'compliance', purpose: 'compliance-reports' })),
		['compliance'],
	);
});

test('the network-filtering table compares scope, rules and state of the filters', () => {
	const table = buildTopicTable(entries, 'ja', 'network-filtering');
	assert.deepEqual(
		table.rows.map((r) => r.slug),
		['network-acl', 'security-group'],
	);
	assert.deepEqual(
		table.rows.map((r) => r.cells.ruleActions?.keys),
		[['ruleActions.allow-and-deny'], ['ruleActions.allow-only']],
	);
	assert.deepEqual(
		table.rows.map((r) => r.cells.attachesTo?.keys),
		[['attachesTo.subnet'], ['attachesTo.network-interface']],
	);
});

test('pages with tiers become one row per tier, with the tier’s own values', () => {
	const table = buildTopicTable(entries, 'en', 'ddos-and-edge');
	assert.deepEqual(
		table.rows.map((r) => [r.slug, r.tier]),
		[
			['shield', 'standard'],
			['shield', 'advanced'],
		],
	);
	const [standard, advanced] = table.rows;
	assert.deepEqual(standard!.cells.pricing?.keys, ['pricing.free']);
	assert.deepEqual(advanced!.cells.osiLayers?.keys, ['osi.3', 'osi.4', 'osi.7']);
	assert.deepEqual(advanced!.cells.responseTeam?.keys, ['value.yes']);
	assert.deepEqual(standard!.cells.activation?.keys, ['activation.automatic']);
	assert.deepEqual(advanced!.cells.protects?.keys, ['resource.cloudfront']);
});

test('changing a frontmatter field changes the generated tables', () => {
	const changed = entries.map((e) =>
		e.id.endsWith('/security-group')
			? { ...e, data: { ...e.data, stateful: 'stateless' as const } }
			: e,
	);
	const before = buildTopicTable(entries, 'en', 'network-filtering').rows[1]!.cells.stateful?.keys;
	const after = buildTopicTable(changed, 'en', 'network-filtering').rows[1]!.cells.stateful?.keys;
	assert.deepEqual(before, ['stateful.stateful']);
	assert.deepEqual(after, ['stateful.stateless']);
});

test('a new page joins the matrix and its topics without code changes', () => {
	const withNew = [
		...entries,
		...twins('dns-firewall', { ...network, layer: 'vpc', ruleActions: 'allow-and-deny', order: 3 }),
	];
	assert.ok(buildMatrix(withNew, 'en').rows.some((r) => r.slug === 'dns-firewall'));
	assert.deepEqual(
		buildTopicTable(withNew, 'en', 'network-filtering').rows.map((r) => r.slug),
		['network-acl', 'security-group', 'dns-firewall'],
	);
});

test('filters offer only values present, in enum order', () => {
	const matrix = buildMatrix(entries, 'en');
	assert.deepEqual(filterOptions(matrix, 'layer'), ['edge', 'subnet', 'instance', 'account']);
});

test('an unknown topic is an error', () => {
	assert.throws(
		() => buildTopicTable(entries, 'en', 'nope' as never),
		/unknown comparison topic "nope"/,
	);
});

test('pages of the other language never leak into a table', () => {
	const only = [entry('ja', 'waf', { layer: 'edge' })];
	assert.equal(buildMatrix(only, 'en').rows.length, 0);
});

test('identity, keys-and-secrets and logging tables are selected by their fields and follow edits', () => {
	const pages = [
		...twins('iam', {
			category: 'identity-access',
			purpose: 'identity-management',
			identities: ['workforce', 'workload'],
			accessControls: ['grants'],
		}),
		...twins('organizations-policies', {
			category: 'identity-access',
			purpose: 'access-guardrails',
			identities: ['aws-account'],
			accessControls: ['limits'],
		}),
		...twins('kms', {
			category: 'data-protection',
			purpose: 'key-management',
			stores: ['encryption-keys'],
			tenancy: 'multi-tenant',
			rotation: 'automatic',
		}),
		...twins('cloudhsm', {
			category: 'data-protection',
			purpose: 'key-management',
			stores: ['encryption-keys'],
			tenancy: 'single-tenant',
			rotation: 'manual',
		}),
		...twins('cloudtrail', {
			purpose: 'activity-logging',
			records: ['api-activity'],
			destinations: ['event-history', 's3'],
		}),
		...twins('guardduty'),
	];
	const slugs = (topic: TopicId, list = pages) =>
		buildTopicTable(list, 'ja', topic).rows.map((r) => r.slug);
	assert.deepEqual(slugs('identity'), ['iam', 'organizations-policies']);
	assert.deepEqual(slugs('keys-and-secrets'), ['cloudhsm', 'kms']); // by order, then title
	assert.deepEqual(slugs('logging'), ['cloudtrail']);

	const edit = (slug: string, data: Record<string, unknown>) =>
		pages.map((e) => (e.id.endsWith(`/${slug}`) ? { ...e, data: { ...e.data, ...data } } : e));
	const cell = (list: typeof pages, topic: TopicId, slug: string, column: TopicColumn) =>
		buildTopicTable(list, 'ja', topic).rows.find((r) => r.slug === slug)?.cells[column]?.keys;
	assert.deepEqual(cell(pages, 'identity', 'organizations-policies', 'accessControls'), [
		'accessControls.limits',
	]);
	assert.deepEqual(
		cell(
			edit('organizations-policies', { accessControls: ['analyzes'] }),
			'identity',
			'organizations-policies',
			'accessControls',
		),
		['accessControls.analyzes'],
	);
	assert.deepEqual(cell(pages, 'keys-and-secrets', 'cloudhsm', 'tenancy'), [
		'tenancy.single-tenant',
	]);
	assert.deepEqual(
		cell(edit('cloudhsm', { tenancy: 'multi-tenant' }), 'keys-and-secrets', 'cloudhsm', 'tenancy'),
		['tenancy.multi-tenant'],
	);
	assert.deepEqual(
		cell(
			edit('cloudtrail', { destinations: ['s3', 'cloudwatch-logs'] }),
			'logging',
			'cloudtrail',
			'destinations',
		),
		['destinations.s3', 'destinations.cloudwatch-logs'],
	);
	assert.deepEqual(slugs('logging', edit('guardduty', { records: ['security-findings'] })), [
		'cloudtrail',
		'guardduty',
	]);
});
