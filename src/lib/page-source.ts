/**
 * Reads one page file the way the build does: MDX through Sätteri's own parser (with the
 * features the renderer uses), frontmatter through js-yaml (Astro's own YAML parser, so a date
 * or a number reads the same), then the schema. The content loader and `npm run lint:content`
 * both run it. Pure apart from the parsers: source text in, records and problems out.
 */
import { mdxToMdast } from 'satteri';
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
import { findCalloutMistakes, findCallouts, plainText, type Node } from './callouts.ts';
import { findJapaneseStyleMistakes, checkJapaneseText } from './ja-style.ts';

export interface ParsedPage {
	page: PageRecord;
	problems: Problem[];
}

/** MDX that runs code: ESM and `{…}` expressions. Pages are content, so these never pass. */
const CODE_NODES: Record<string, string> = {
	mdxjsEsm: 'import/export',
	mdxFlowExpression: 'a {…} expression',
	mdxTextExpression: 'a {…} expression',
};

/** Deeper than this, Sätteri's compiler can crash (a list 250 levels deep segfaults it). */
export const MAX_DEPTH = 64;

/** Link and image schemes a page may use; relative URLs are always fine. */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** Wording that talks about where the text came from instead of to the reader. */
const SOURCE_TALK = /学習ノート|older (?:study )?notes|study notes/i;

/** Parses a page file; syntax, YAML and schema mistakes come back as problems with lines. */
export function parsePageSource(file: string, ref: EntryRef, source: string): ParsedPage {
	const page: PageRecord = { file, ...ref, data: {}, headings: [], links: [], blocks: [] };
	const depth = nestingDepth(source);
	if (depth.depth > MAX_DEPTH) {
		return {
			page,
			problems: [
				{
					file,
					line: depth.line,
					message: `content is nested ${depth.depth} levels deep; expected at most ${MAX_DEPTH} (lists, quotes and elements inside each other)`,
				},
			],
		};
	}
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
	const alias = /(?:^|[\s[{,:-])([&*][\w-]+)/m.exec(yamlNode.value ?? '');
	if (alias) {
		return {
			page,
			problems: [
				{
					file,
					line: 1 + (yamlNode.value ?? '').slice(0, alias.index).split('\n').length,
					message: `YAML anchors and aliases (${alias[1]}) are not allowed in frontmatter; expected plain values`,
				},
			],
		};
	}
	let raw: unknown;
	const problems: Problem[] = [];
	try {
		raw = load(yamlNode.value ?? '');
		page.data = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
		problems.push(...validateFrontmatter(file, yamlNode.value ?? '', page.data));
	} catch (error) {
		if (!(error instanceof YAMLException)) throw error;
		const line = error.mark.line + 2; // +2: zero-based, and the opening --- line
		// The body is still read, so its checks run and the other language is not reported as different.
		problems.push({ file, line, message: `invalid YAML frontmatter: ${error.reason}` });
	}
	page.headings = collect(tree, 'heading').map(toHeading);
	const callouts = findCallouts(tree);
	page.callouts = callouts;
	page.blocks = [
		...collect(tree, 'table').map(toBlock),
		...callouts.map((c): BlockRecord => ({ kind: c.kind, shape: '', line: c.line })),
	].sort((a, b) => a.line - b.line);
	problems.push(...findCodeProblems(file, tree));
	problems.push(
		...findCalloutMistakes(tree).map((m) => ({ file, line: m.line, message: m.message })),
	);
	for (const line of source.split('\n').flatMap((l, i) => (SOURCE_TALK.test(l) ? [i + 1] : []))) {
		problems.push({
			file,
			line,
			message:
				'talks about notes the text came from; callouts speak to the reader (a common misconception, a dated change)',
		});
	}
	if (ref.locale === 'ja') {
		problems.push(
			...findJapaneseStyleMistakes(tree).map((m) => ({ file, line: m.line, message: m.message })),
		);
		for (const field of ['title', 'summary'] as const) {
			const value = page.data[field];
			if (typeof value !== 'string') continue;
			for (const mistake of checkJapaneseText(value)) {
				problems.push({
					file,
					line: fieldLine(yamlNode.value ?? '', field),
					field,
					message: `${mistake.message} (in "${mistake.found}")`,
				});
			}
		}
	}
	page.links = collect(tree, 'link').map((n): LinkRecord => ({
		url: n.url ?? '',
		line: n.position?.start.line ?? 0,
	}));
	for (const node of collect(tree, 'link', 'image', 'definition')) {
		const scheme = /^\s*([a-z][a-z0-9+.-]*:)/i.exec(node.url ?? '')?.[1]?.toLowerCase();
		if (scheme && !SAFE_SCHEMES.has(scheme)) {
			problems.push({
				file,
				line: node.position?.start.line ?? 0,
				message: `${node.type === 'image' ? 'image' : 'link'} "${(node.url ?? '').slice(0, 40)}" uses ${scheme}; expected https:, http:, mailto: or a relative URL`,
			});
		}
	}
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

/**
 * How deeply lists, block quotes and elements nest, from the source's indentation and markers,
 * before the parser sees it (a parser can crash on depth; this never does).
 */
export function nestingDepth(source: string): { depth: number; line: number } {
	let deepest = { depth: 0, line: 0 };
	source.split('\n').forEach((text, i) => {
		const quotes = /^(\s*>)*/.exec(text)![0].split('>').length - 1;
		const indent = /^[ \t]*/.exec(text)![0].replace(/\t/g, '  ').length;
		const list = /^[ \t>]*(?:[-*+]|\d+[.)])\s/.test(text) ? Math.floor(indent / 2) + 1 : 0;
		const depth = quotes + list;
		if (depth > deepest.depth) deepest = { depth, line: i + 1 };
	});
	return deepest;
}

/** ESM and expressions, which would run code at build time. */
function findCodeProblems(file: string, tree: Node): Problem[] {
	return Object.entries(CODE_NODES).flatMap(([type, what]) =>
		collect(tree, type).map((node) => ({
			file,
			line: node.position?.start.line ?? 0,
			message: `${what} is code, and pages are content; expected Markdown and the site's callouts only`,
		})),
	);
}

/** Nodes of the given types, in document order. */
function collect(node: Node, ...types: string[]): Node[] {
	const found: Node[] = [];
	const visit = (n: Node) => {
		if (types.includes(n.type)) found.push(n);
		for (const child of n.children ?? []) visit(child);
	};
	visit(node);
	return found;
}

function toBlock(node: Node): BlockRecord {
	const line = node.position?.start.line ?? 0;
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

function errorText(error: unknown): string {
	return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

function errorLine(error: unknown): number | undefined {
	const match = /(\d+):\d+/.exec(errorText(error));
	return match ? Number(match[1]) : undefined;
}
