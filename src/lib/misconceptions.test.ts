import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mdxToMdast } from 'satteri';
import { findCallouts, type Node } from './callouts.ts';
import { groupMisconceptions } from './misconceptions.ts';
import { MARKDOWN_FEATURES } from './markdown-features.ts';

const callouts = (mdx: string) =>
	findCallouts(mdxToMdast(mdx, { features: MARKDOWN_FEATURES }) as Node);

const WAF = `Intro.

## Rules { #rules }

<Misconception claim="WAF inspects every packet.">

WAF reads **HTTP** requests only.

</Misconception>

### Limits { #limits }

<Changed date="2025-09-30">

Classic ended.

</Changed>

<Misconception claim="A rule group is free.">

It counts against capacity.

</Misconception>
`;

test('callouts carry their section, claim, date and plain text', () => {
	const found = callouts(WAF);
	assert.deepEqual(
		found.map((c) => [c.kind, c.section, c.claim ?? c.date, c.text]),
		[
			['misconception', 'rules', 'WAF inspects every packet.', 'WAF reads HTTP requests only.'],
			['changed', 'limits', '2025-09-30', 'Classic ended.'],
			['misconception', 'limits', 'A rule group is free.', 'It counts against capacity.'],
		],
	);
});

test('misconceptions are grouped by category in category order, changed callouts left out', () => {
	const groups = groupMisconceptions([
		{
			slug: 'guardduty',
			title: 'GuardDuty',
			category: 'detection-response',
			callouts: callouts(
				'<Misconception claim="GD scans code.">\n\nIt does not.\n\n</Misconception>\n',
			),
		},
		{
			slug: 'waf',
			title: 'AWS WAF',
			category: 'network-application-protection',
			callouts: callouts(WAF),
		},
	]);
	assert.deepEqual(
		groups.map((g) => [g.category, g.items.map((i) => `${i.slug}#${i.section}: ${i.claim}`)]),
		[
			[
				'network-application-protection',
				['waf#rules: WAF inspects every packet.', 'waf#limits: A rule group is free.'],
			],
			['detection-response', ['guardduty#: GD scans code.']],
		],
	);
});
