/**
 * Callouts in page content: the components an author may write in MDX, what each needs, and
 * where each sits. Pure: an mdast tree (from Sätteri's `mdxToMdast`) in, records out. The content
 * linter checks them, and the misconceptions page is generated from them.
 */
import type { MdastNode } from 'satteri';

/** The JSX components a page may use, by the name an author writes. */
export const CALLOUT_KINDS = {
	Note: 'note',
	Misconception: 'misconception',
	Changed: 'changed',
} as const;
export type CalloutName = keyof typeof CALLOUT_KINDS;
export type CalloutKind = (typeof CALLOUT_KINDS)[CalloutName];

/** The attributes each component takes; all are plain strings, and all are required. */
export const CALLOUT_ATTRIBUTES: Record<CalloutName, readonly string[]> = {
	Note: [],
	Misconception: ['claim'],
	Changed: ['date'],
};

export interface Callout {
	kind: CalloutKind;
	/** Line of the opening tag in the parsed source. */
	line: number;
	/** Id of the nearest `##`/`###` heading above it: the section a link should reach. */
	section: string | undefined;
	/** Misconception: the belief, as the author wrote it. */
	claim?: string;
	/** Changed: YYYY-MM-DD. */
	date?: string;
	/** The body as plain text (the fact, or what changed). */
	text: string;
}

/** A JSX element whose name or attributes are not what CALLOUT_ATTRIBUTES allows. */
export interface CalloutMistake {
	line: number;
	message: string;
}

export type Node = MdastNode & {
	name?: string | null;
	children?: Node[];
	value?: string;
	depth?: number;
	url?: string;
	attributes?: { type: string; name?: string; value?: unknown }[];
	data?: { hProperties?: { id?: string } };
	position?: { start: { line: number } };
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a JSX name is one of the site's callout components. */
export function isCalloutName(name: unknown): name is CalloutName {
	return typeof name === 'string' && Object.hasOwn(CALLOUT_KINDS, name);
}

/**
 * Every callout of a page, in document order, with the section it belongs to.
 * @example findCallouts(tree)[0] // { kind: 'misconception', claim: '…', section: 'ip-lists', … }
 */
export function findCallouts(tree: Node): Callout[] {
	const callouts: Callout[] = [];
	let section: string | undefined;
	walk(tree, (node) => {
		if (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) {
			section = node.data?.hProperties?.id ?? section;
			return false;
		}
		if (node.type !== 'mdxJsxFlowElement' || !isCalloutName(node.name)) return true;
		const callout: Callout = {
			kind: CALLOUT_KINDS[node.name],
			line: node.position?.start.line ?? 0,
			section,
			text: squeeze(plainText(node)),
		};
		const claim = stringAttribute(node, 'claim');
		const date = stringAttribute(node, 'date');
		if (claim !== undefined) callout.claim = claim.trim();
		if (date !== undefined) callout.date = date;
		callouts.push(callout);
		return false;
	});
	return callouts;
}

/** JSX elements that are not callouts, or callouts with missing, extra or malformed attributes. */
export function findCalloutMistakes(tree: Node): CalloutMistake[] {
	const mistakes: CalloutMistake[] = [];
	walk(tree, (node) => {
		if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return true;
		const line = node.position?.start.line ?? 0;
		const allowed = Object.keys(CALLOUT_KINDS)
			.map((n) => `<${n}>`)
			.join(', ');
		if (!isCalloutName(node.name) || node.type === 'mdxJsxTextElement') {
			mistakes.push({
				line,
				message: `<${node.name ?? ''}> is not allowed here; expected only ${allowed}, each on its own lines`,
			});
			return false;
		}
		const name = node.name;
		const wanted = CALLOUT_ATTRIBUTES[name];
		for (const attribute of node.attributes ?? []) {
			if (attribute.type !== 'mdxJsxAttribute' || !wanted.includes(attribute.name ?? '')) {
				mistakes.push({
					line,
					message: `<${name}> takes ${wanted.length ? wanted.map((w) => `${w}="…"`).join(' ') : 'no attributes'}; found ${attribute.name ?? 'a {…} spread'}`,
				});
			} else if (typeof attribute.value !== 'string' || attribute.value.trim() === '') {
				mistakes.push({
					line,
					message: `<${name}> ${attribute.name} must be plain text in quotes, not {…} or empty`,
				});
			}
		}
		for (const required of wanted) {
			if (stringAttribute(node, required) === undefined) {
				mistakes.push({ line, message: `<${name}> needs ${required}="…"` });
			}
		}
		const date = stringAttribute(node, 'date');
		if (name === 'Changed' && date !== undefined && !DATE.test(date)) {
			mistakes.push({ line, message: `<Changed> date "${date}" is not YYYY-MM-DD` });
		}
		if (squeeze(plainText(node)) === '') {
			mistakes.push({ line, message: `<${name}> is empty; expected the text of the callout` });
		}
		return true;
	});
	return mistakes;
}

function stringAttribute(node: Node, name: string): string | undefined {
	const attribute = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
	return typeof attribute?.value === 'string' && attribute.value.trim() !== ''
		? attribute.value
		: undefined;
}

/** Depth-first, document order; the visitor returns false to skip a node's children. */
function walk(node: Node, visit: (node: Node) => boolean): void {
	if (!visit(node)) return;
	for (const child of node.children ?? []) walk(child, visit);
}

/** The text content of a node, without markup. */
export function plainText(node: Node): string {
	if (node.value !== undefined) return node.value;
	const parts = (node.children ?? []).map(plainText);
	// Paragraphs and list items are separate sentences: keep a space between blocks.
	return node.type === 'paragraph' || node.type === 'listItem'
		? `${parts.join('')} `
		: parts.join('');
}

function squeeze(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}
