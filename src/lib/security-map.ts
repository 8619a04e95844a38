/**
 * Security map layout: every page placed on its `layer`. The traffic path (edge → data) is a
 * set of nested boxes, outermost first; the account, organization and governance planes are a
 * separate stack beside it. With a per-layer limit (the home page), a layer shows its first
 * pages and one "more" row, so the map stays the same size however many pages there are.
 * Pure geometry; the SecurityMap component draws it as SVG.
 */
import { LAYERS, type Layer } from '../schema.ts';
import type { Locale } from '../i18n/locales.ts';
import { parseEntryId } from './entries.ts';
import { byOrderThenTitle, type ServiceEntry } from './navigation.ts';

/** Layers a request passes through, from the internet inward. */
export const PATH_LAYERS = [
	'edge',
	'vpc',
	'subnet',
	'instance',
	'application',
	'data',
] as const satisfies readonly Layer[];
const onPath: ReadonlySet<Layer> = new Set(PATH_LAYERS);
/**
 * Every other layer acts on accounts and the organization rather than on traffic; derived, so a
 * layer added to the schema always gets a place on the map.
 */
export const PLANE_LAYERS: readonly Layer[] = LAYERS.filter((layer) => !onPath.has(layer));

export const MAP_WIDTH = 400;
const INSET = 10;
const LABEL_HEIGHT = 28;
const NODE_HEIGHT = 30;
const NODE_GAP = 6;
const PLANE_GAP = 12;

export interface MapBox {
	layer: Layer;
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface MapNode {
	slug: string;
	title: string;
	layer: Layer;
	x: number;
	y: number;
	width: number;
	height: number;
}

/** The row that stands for a layer's pages beyond the limit. */
export interface MapMore {
	layer: Layer;
	/** How many pages it stands for. */
	count: number;
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface MapPanel {
	width: number;
	height: number;
	boxes: MapBox[];
	nodes: MapNode[];
	more: MapMore[];
}

export interface SecurityMap {
	path: MapPanel;
	planes: MapPanel;
}

/**
 * Places every page of `locale` on its layer (the first `perLayer` of each, in reading order,
 * plus a "more" row for the rest). Layers without pages still get their box.
 */
export function buildSecurityMap(
	entries: readonly ServiceEntry[],
	locale: Locale,
	perLayer = Infinity,
): SecurityMap {
	const ours = entries.filter((e) => parseEntryId(e.id).locale === locale);
	const byLayer = (layer: Layer) =>
		ours.filter((e) => e.data.layer === layer).toSorted(byOrderThenTitle(locale));
	return {
		path: layoutNested(byLayer, perLayer),
		planes: layoutStacked(byLayer, perLayer),
	};
}

/** One layer's rows (its shown pages, then the "more" row if any) from `y` down. */
function layerRows(
	pages: ServiceEntry[],
	perLayer: number,
	layer: Layer,
	x: number,
	y: number,
	width: number,
): { nodes: MapNode[]; more: MapMore[]; rows: number } {
	const shown = pages.slice(0, perLayer);
	const rowY = (i: number) => y + i * (NODE_HEIGHT + NODE_GAP);
	const nodes = shown.map((entry, i) => ({
		slug: parseEntryId(entry.id).slug,
		title: entry.data.title,
		layer,
		x,
		y: rowY(i),
		width,
		height: NODE_HEIGHT,
	}));
	const hidden = pages.length - shown.length;
	const more =
		hidden > 0
			? [{ layer, count: hidden, x, y: rowY(shown.length), width, height: NODE_HEIGHT }]
			: [];
	return { nodes, more, rows: shown.length + more.length };
}

function blockHeight(rows: number): number {
	return LABEL_HEIGHT + rows * (NODE_HEIGHT + NODE_GAP);
}

/** Each path layer is a box inside the previous one: label, its pages, then the inner box. */
function layoutNested(byLayer: (layer: Layer) => ServiceEntry[], perLayer: number): MapPanel {
	const boxes: MapBox[] = [];
	const nodes: MapNode[] = [];
	const more: MapMore[] = [];
	let y = 0;
	PATH_LAYERS.forEach((layer, depth) => {
		const x = depth * INSET;
		const width = MAP_WIDTH - 2 * x;
		boxes.push({ layer, x, y, width, height: 0 });
		const block = layerRows(
			byLayer(layer),
			perLayer,
			layer,
			x + INSET,
			y + LABEL_HEIGHT,
			width - 2 * INSET,
		);
		nodes.push(...block.nodes);
		more.push(...block.more);
		y += blockHeight(block.rows);
	});
	// Close the boxes from the inside out: each ends INSET below the one it contains.
	let bottom = y + INSET;
	for (const box of boxes.toReversed()) {
		box.height = bottom - box.y;
		bottom += INSET;
	}
	return { width: MAP_WIDTH, height: bottom - INSET, boxes, nodes, more };
}

/** Account, organization and governance as separate boxes stacked top to bottom. */
function layoutStacked(byLayer: (layer: Layer) => ServiceEntry[], perLayer: number): MapPanel {
	const boxes: MapBox[] = [];
	const nodes: MapNode[] = [];
	const more: MapMore[] = [];
	let y = 0;
	for (const layer of PLANE_LAYERS) {
		const block = layerRows(
			byLayer(layer),
			perLayer,
			layer,
			INSET,
			y + LABEL_HEIGHT,
			MAP_WIDTH - 2 * INSET,
		);
		const height = blockHeight(block.rows) + INSET;
		boxes.push({ layer, x: 0, y, width: MAP_WIDTH, height });
		nodes.push(...block.nodes);
		more.push(...block.more);
		y += height + PLANE_GAP;
	}
	return { width: MAP_WIDTH, height: y - PLANE_GAP, boxes, nodes, more };
}
