/**
 * Security map layout: every page placed on its `layer`. The traffic path (edge → data) is a
 * set of nested boxes, outermost first; the account, organization and governance planes are a
 * separate stack beside it. Pure geometry; the SecurityMap component draws it as SVG.
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

export interface MapPanel {
	width: number;
	height: number;
	boxes: MapBox[];
	nodes: MapNode[];
}

export interface SecurityMap {
	path: MapPanel;
	planes: MapPanel;
}

/** Places every page of `locale` on its layer. Layers without pages still get their box. */
export function buildSecurityMap(entries: readonly ServiceEntry[], locale: Locale): SecurityMap {
	const ours = entries.filter((e) => parseEntryId(e.id).locale === locale);
	const byLayer = (layer: Layer) =>
		ours.filter((e) => e.data.layer === layer).toSorted(byOrderThenTitle(locale));
	return { path: layoutNested(byLayer), planes: layoutStacked(byLayer) };
}

function nodeRows(
	entries: ServiceEntry[],
	layer: Layer,
	x: number,
	y: number,
	width: number,
): MapNode[] {
	return entries.map((entry, i) => ({
		slug: parseEntryId(entry.id).slug,
		title: entry.data.title,
		layer,
		x,
		y: y + i * (NODE_HEIGHT + NODE_GAP),
		width,
		height: NODE_HEIGHT,
	}));
}

function blockHeight(count: number): number {
	return LABEL_HEIGHT + count * (NODE_HEIGHT + NODE_GAP);
}

/** Each path layer is a box inside the previous one: label, its pages, then the inner box. */
function layoutNested(byLayer: (layer: Layer) => ServiceEntry[]): MapPanel {
	const boxes: MapBox[] = [];
	const nodes: MapNode[] = [];
	let y = 0;
	PATH_LAYERS.forEach((layer, depth) => {
		const x = depth * INSET;
		const width = MAP_WIDTH - 2 * x;
		const pages = byLayer(layer);
		boxes.push({ layer, x, y, width, height: 0 });
		nodes.push(...nodeRows(pages, layer, x + INSET, y + LABEL_HEIGHT, width - 2 * INSET));
		y += blockHeight(pages.length);
	});
	// Close the boxes from the inside out: each ends INSET below the one it contains.
	let bottom = y + INSET;
	for (const box of boxes.toReversed()) {
		box.height = bottom - box.y;
		bottom += INSET;
	}
	return { width: MAP_WIDTH, height: bottom - INSET, boxes, nodes };
}

/** Account, organization and governance as separate boxes stacked top to bottom. */
function layoutStacked(byLayer: (layer: Layer) => ServiceEntry[]): MapPanel {
	const boxes: MapBox[] = [];
	const nodes: MapNode[] = [];
	let y = 0;
	for (const layer of PLANE_LAYERS) {
		const pages = byLayer(layer);
		const height = blockHeight(pages.length) + INSET;
		boxes.push({ layer, x: 0, y, width: MAP_WIDTH, height });
		nodes.push(...nodeRows(pages, layer, INSET, y + LABEL_HEIGHT, MAP_WIDTH - 2 * INSET));
		y += height + PLANE_GAP;
	}
	return { width: MAP_WIDTH, height: y - PLANE_GAP, boxes, nodes };
}
