import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSecurityMap, MAP_WIDTH, PATH_LAYERS, PLANE_LAYERS } from './security-map.ts';
import { entry } from './test-fixtures.ts';
import { LAYERS } from '../schema.ts';

const entries = [
	entry('en', 'waf', { layer: 'edge', order: 1 }),
	entry('en', 'shield', { layer: 'edge', order: 2 }),
	entry('en', 'network-acl', { layer: 'subnet' }),
	entry('en', 'macie', { layer: 'data' }),
	entry('en', 'guardduty', { layer: 'account' }),
	entry('en', 'artifact', { layer: 'governance' }),
	entry('ja', 'waf', { layer: 'edge' }),
];
const map = buildSecurityMap(entries, 'en');

test('every page of the language is placed once, on its layer', () => {
	const nodes = [...map.path.nodes, ...map.planes.nodes];
	assert.deepEqual(nodes.map((n) => `${n.layer}:${n.slug}`).sort(), [
		'account:guardduty',
		'data:macie',
		'edge:shield',
		'edge:waf',
		'governance:artifact',
		'subnet:network-acl',
	]);
});

test('traffic-path boxes nest from the edge inward; every layer has a box', () => {
	assert.deepEqual(
		map.path.boxes.map((b) => b.layer),
		[...PATH_LAYERS],
	);
	for (let i = 1; i < map.path.boxes.length; i++) {
		const outer = map.path.boxes[i - 1]!;
		const inner = map.path.boxes[i]!;
		assert.ok(
			inner.x > outer.x && inner.y > outer.y,
			`${inner.layer} starts inside ${outer.layer}`,
		);
		assert.ok(
			inner.x + inner.width < outer.x + outer.width,
			`${inner.layer} ends inside ${outer.layer} (x)`,
		);
		assert.ok(
			inner.y + inner.height < outer.y + outer.height,
			`${inner.layer} ends inside ${outer.layer} (y)`,
		);
	}
});

test('nodes sit inside their own box, in order, without overlapping', () => {
	for (const panel of [map.path, map.planes]) {
		for (const node of panel.nodes) {
			const box = panel.boxes.find((b) => b.layer === node.layer)!;
			assert.ok(
				node.x >= box.x && node.x + node.width <= box.x + box.width,
				`${node.slug} within x`,
			);
			assert.ok(
				node.y >= box.y && node.y + node.height <= box.y + box.height,
				`${node.slug} within y`,
			);
		}
	}
	const [waf, shield] = map.path.nodes;
	assert.deepEqual([waf!.slug, shield!.slug], ['waf', 'shield']);
	assert.ok(shield!.y >= waf!.y + waf!.height);
});

test('every layer of the schema has a box on the map', () => {
	assert.deepEqual([...PATH_LAYERS, ...PLANE_LAYERS].toSorted(), [...LAYERS].toSorted());
});

test('the planes are stacked boxes beside the path, in layer order', () => {
	assert.deepEqual(
		map.planes.boxes.map((b) => b.layer),
		[...PLANE_LAYERS],
	);
	assert.ok(map.planes.boxes.every((b) => b.width === MAP_WIDTH));
	assert.ok(map.path.height > 0 && map.planes.height > 0);
});

test('with a per-layer limit, a layer shows its first pages and one row for the rest', () => {
	const many = Array.from({ length: 30 }, (_, i) =>
		entry('en', `page-${i}`, { layer: i < 25 ? 'account' : 'edge', order: i }),
	);
	const folded = buildSecurityMap(many, 'en', 8);
	const accountNodes = folded.planes.nodes.filter((n) => n.layer === 'account');
	assert.deepEqual(
		accountNodes.map((n) => n.slug),
		Array.from({ length: 8 }, (_, i) => `page-${i}`),
	);
	assert.deepEqual(
		folded.planes.more.map((m) => [m.layer, m.count]),
		[['account', 17]],
	);
	assert.deepEqual(folded.path.more, [], 'a layer within the limit shows every page');
	const more = folded.planes.more[0]!;
	const box = folded.planes.boxes.find((b) => b.layer === 'account')!;
	assert.ok(more.y >= accountNodes.at(-1)!.y + accountNodes.at(-1)!.height, 'after the pages');
	assert.ok(more.y + more.height <= box.y + box.height, 'inside its box');
	assert.ok(
		folded.planes.height < buildSecurityMap(many, 'en').planes.height,
		'the folded map is shorter',
	);
});
