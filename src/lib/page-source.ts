/**
 * Reads one page file the way the build does: MDX through Sätteri's own parser (with the same
 * features as astro.config.mjs), frontmatter through js-yaml (Astro's own YAML parser, so a
 * date or a number reads the same), then the schema. Pure apart from
 * the parsers: source text in, records and problems out.
 */
import { mdxToMdast, type MdastNode } from 'satteri';
import { load, YAMLException } from 'js-yaml';
import { serviceSchema } from '../schema.ts';
import { MARKDOWN_FEATURES } from './markdown-features.ts';
import type {
	BlockRecord,
	HeadingRecord,
	LinkRecord,
	PageRecord,
	Problem,
} from './content-checks.ts';
import type { EntryRef } from './entries.ts';

export interface ParsedPage {
	page: PageRecord;
	problems: Problem[];
}

type Node = MdastNode & {
	name?: string;
	children?: Node[];
	value?: string;
	depth?: number;
	url?: string;
	data?: { hProperties?: { id?: string } };
	position?: { start: { line: number } };
};

/** Parses a page file; syntax, YAML and schema mistakes come back as problems with lines. */
export function parsePageSource(file: string, ref: EntryRef, source: string): ParsedPage {
	const page: PageRecord = { file, ...ref, data: {}, headings: [], links: [], blocks: [] };
	let tree: Node;
	try {
		tree = mdxToMdast(source, { features: MARKDOWN_FEATURES }) as Node;
	} catch (error) {
		return {
			page,
			problems: [{ file, line: errorLine(error), message: `MDX syntax: ${errorText(error)}` }],
		};
	}
	const yamlNode = tree.children?.find((n) => n.type === 'yaml');
	if (!yamlNode) {
		return {
			page,
			problems: [
				{ file, line: 1, message: 'no frontmatter; expected a --- YAML block --- at the top' },
			],
		};
	}
	let raw: unknown;
	try {
		raw = load(yamlNode.value ?? '');
	} catch (error) {
		if (!(error instanceof YAMLException)) throw error;
		const line = error.mark.line + 2; // +2: zero-based, and the opening --- line
		return {
			page,
			problems: [{ file, line, message: `invalid YAML frontmatter: ${error.reason}` }],
		};
	}
	page.data = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
	const problems = validateFrontmatter(file, yamlNode.value ?? '', page.data);
	page.headings = collect(tree, 'heading').map(toHeading);
	page.blocks = collect(tree, 'table', 'mdxJsxFlowElement')
		.filter((n) => n.type === 'table' || n.name === 'Note')
		.map(toBlock);
	page.links = collect(tree, 'link').map((n): LinkRecord => ({
		url: n.url ?? '',
		line: n.position?.start.line ?? 0,
	}));
	return { page, problems };
}

/** Schema errors as problems naming the field, its line and what was expected. */
export function validateFrontmatter(file: string, yamlText: string, data: unknown): Problem[] {
	const result = serviceSchema.safeParse(data, { reportInput: true });
	if (result.success) return [];
	return result.error.issues.flatMap((issue) => {
		if (issue.code === 'unrecognized_keys') {
			return issue.keys.map((key) => ({
				file,
				line: fieldLine(yamlText, key),
				field: key,
				message: `is not a known field; expected only the fields of src/schema.ts`,
			}));
		}
		const field = issue.path.join('.');
		const top = String(issue.path[0] ?? '');
		const input = 'input' in issue ? issue.input : undefined;
		const received =
			input === undefined
				? 'is missing'
				: typeof input === 'string' && issue.code === 'too_big'
					? `is ${input.length} characters long`
					: `is ${JSON.stringify(input)}`;
		const expected =
			issue.code === 'too_big' && typeof input === 'string'
				? `expected at most ${issue.maximum} characters`
				: issue.message.replace(/^Invalid (option|input): /, '').replace(/^Too \w+: /, '');
		return [{ file, line: fieldLine(yamlText, top), field, message: `${received}: ${expected}` }];
	});
}

/** Line of a top-level frontmatter key in the file (the opening --- is line 1). */
function fieldLine(yamlText: string, key: string): number | undefined {
	const index = yamlText.split('\n').findIndex((l) => l.startsWith(`${key}:`));
	return index === -1 ? undefined : index + 2;
}

/** Nodes of the given types, in document order. */
function collect(node: Node, ...types: string[]): Node[] {
	const found = types.includes(node.type) ? [node] : [];
	return found.concat(...(node.children ?? []).map((c) => collect(c, ...types)));
}

function toBlock(node: Node): BlockRecord {
	const line = node.position?.start.line ?? 0;
	if (node.type !== 'table') return { kind: 'note', shape: '', line };
	const rows = node.children ?? [];
	return { kind: 'table', shape: `${rows.length}×${rows[0]?.children?.length ?? 0}`, line };
}

function toHeading(node: Node): HeadingRecord {
	return {
		depth: node.depth ?? 0,
		id: node.data?.hProperties?.id,
		text: plainText(node).trim(),
		line: node.position?.start.line ?? 0,
	};
}

/** The text content of a node, without markup. */
export function plainText(node: Node): string {
	return node.value ?? (node.children ?? []).map(plainText).join('');
}

function errorText(error: unknown): string {
	return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

function errorLine(error: unknown): number | undefined {
	const match = /(\d+):\d+/.exec(errorText(error));
	return match ? Number(match[1]) : undefined;
}
