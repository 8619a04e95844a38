/**
 * Cross-page content rules. Pure: pages in, problems out. The build (src/catalog.ts) and the
 * content linter (scripts/lint-content.ts) both run these, so an author sees the same message
 * from either.
 */
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { LOCALIZED_FIELDS } from '../schema.ts';
import type { Callout, CalloutKind } from './callouts.ts';

/** One author mistake, located as precisely as we can. */
export interface Problem {
	file: string;
	line?: number;
	field?: string;
	message: string;
}

export interface HeadingRecord {
	depth: number;
	id: string | undefined;
	text: string;
	line: number;
}

export interface LinkRecord {
	url: string;
	line: number;
}

/** A block both language versions must have in the same order: a table (rows × columns) or a callout. */
export interface BlockRecord {
	kind: 'table' | CalloutKind;
	/** `3×2` for a table; '' for a callout. */
	shape: string;
	line: number;
}

/** What the checks need to know about one page file. */
export interface PageRecord {
	file: string;
	locale: Locale;
	slug: string;
	data: Record<string, unknown>;
	headings?: readonly HeadingRecord[];
	links?: readonly LinkRecord[];
	blocks?: readonly BlockRecord[];
	callouts?: readonly Callout[];
}

const HEADING_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const localized = new Set<string>(LOCALIZED_FIELDS);

/** Formats problems as `file:line field: message` lines, one per problem. */
export function formatProblems(problems: readonly Problem[]): string {
	const lines = problems.map((p) => {
		const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
		return p.field ? `${where} field \`${p.field}\`: ${p.message}` : `${where}: ${p.message}`;
	});
	const count = problems.length === 1 ? '1 content problem' : `${problems.length} content problems`;
	return `${count}:\n${lines.map((l) => `  ${l}`).join('\n')}`;
}

/** Every cross-page rule: twins, neutral fields, related slugs, heading ids, internal links. */
export function findContentProblems(pages: readonly PageRecord[]): Problem[] {
	return [
		...findMissingTwins(pages),
		...findNeutralFieldDifferences(pages),
		...findUnknownRelated(pages),
		...findHeadingProblems(pages),
		...findBlockDifferences(pages),
		...findChangeProblems(pages),
		...findLinkProblems(pages),
	];
}

function bySlug(pages: readonly PageRecord[]): Map<string, Partial<Record<Locale, PageRecord>>> {
	const map = new Map<string, Partial<Record<Locale, PageRecord>>>();
	for (const page of pages) map.set(page.slug, { ...map.get(page.slug), [page.locale]: page });
	return map;
}

/** A slug must exist in every language. */
export function findMissingTwins(pages: readonly PageRecord[]): Problem[] {
	const problems: Problem[] = [];
	for (const [slug, twins] of bySlug(pages)) {
		const present = LOCALES.filter((l) => twins[l]);
		for (const locale of LOCALES.filter((l) => !twins[l])) {
			problems.push({
				file: twins[present[0]!]!.file,
				message: `page "${slug}" has no ${locale} version: expected content/${locale}/services/${slug}.mdx`,
			});
		}
	}
	return problems;
}

/** Fields other than title, summary, aliases and awsDocs must be identical in ja and en. */
export function findNeutralFieldDifferences(pages: readonly PageRecord[]): Problem[] {
	const problems: Problem[] = [];
	for (const [slug, { ja, en }] of bySlug(pages)) {
		if (!ja || !en) continue;
		const jaChanges = stableJson(neutralChanges(ja.data.changes));
		const enChanges = stableJson(neutralChanges(en.data.changes));
		if (jaChanges !== enChanges) {
			problems.push({
				file: en.file,
				field: 'changes',
				message: `dates and sections are ${enChanges ?? 'missing'} but ${ja.file} has ${jaChanges ?? 'nothing'}; only the summary of a change may differ between languages`,
			});
		}
		const fields = new Set([...Object.keys(ja.data), ...Object.keys(en.data)]);
		for (const field of [...fields].filter((f) => !localized.has(f)).sort()) {
			const jaValue = stableJson(ja.data[field]);
			const enValue = stableJson(en.data[field]);
			if (jaValue !== enValue) {
				problems.push({
					file: en.file,
					field,
					message: `is ${enValue ?? 'missing'} but ${ja.file} has ${jaValue ?? 'nothing'}; language-neutral fields of "${slug}" must be identical in both languages`,
				});
			}
		}
	}
	return problems;
}

/** The language-neutral part of each `changes` entry: its date and section. */
function neutralChanges(changes: unknown): unknown {
	if (!Array.isArray(changes)) return changes;
	return changes.map((c: unknown) =>
		c && typeof c === 'object'
			? { date: (c as { date?: unknown }).date, section: (c as { section?: unknown }).section }
			: c,
	);
}

/**
 * A `changes` entry must point at a heading of its page, and a <Changed date> callout must have
 * a `changes` entry with the same date, so the changes page lists every dated change a page tells.
 */
export function findChangeProblems(pages: readonly PageRecord[]): Problem[] {
	const problems: Problem[] = [];
	for (const page of pages) {
		const changes = Array.isArray(page.data.changes)
			? (page.data.changes as { date?: unknown; section?: unknown }[])
			: [];
		const ids = new Set((page.headings ?? []).map((h) => h.id));
		changes.forEach((change, i) => {
			if (page.headings && typeof change.section === 'string' && !ids.has(change.section)) {
				problems.push({
					file: page.file,
					field: `changes.${i}.section`,
					message: `"${change.section}" is not a heading id of this page; expected the id of the section that tells the change`,
				});
			}
		});
		const dates = new Set(changes.map((c) => normalizeDate(c.date)));
		for (const callout of page.callouts ?? []) {
			if (callout.kind !== 'changed' || !callout.date || dates.has(callout.date)) continue;
			problems.push({
				file: page.file,
				line: callout.line,
				field: 'changes',
				message: `<Changed date="${callout.date}"> has no \`changes\` entry with that date; expected one in the frontmatter (date, section, summary)`,
			});
		}
	}
	return problems;
}

function normalizeDate(value: unknown): unknown {
	return value instanceof Date ? value.toISOString().slice(0, 10) : value;
}

/** JSON with object keys sorted, so key order in YAML does not count as a difference. */
function stableJson(value: unknown): string | undefined {
	return JSON.stringify(value, (_key, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
			: v,
	);
}

/** Every `related` slug must name an existing page. */
export function findUnknownRelated(pages: readonly PageRecord[]): Problem[] {
	const slugs = new Set(pages.map((p) => p.slug));
	return pages.flatMap((page) => {
		const related = Array.isArray(page.data.related) ? (page.data.related as unknown[]) : [];
		return related
			.filter((s) => typeof s !== 'string' || !slugs.has(s) || s === page.slug)
			.map((s) => ({
				file: page.file,
				field: 'related',
				message:
					s === page.slug
						? `"${s}" is the page itself; expected other pages`
						: `unknown page "${String(s)}"; expected one of: ${[...slugs].sort().join(', ')}`,
			}));
	});
}

/** `##`/`###` headings need unique ASCII ids, and both languages need the same outline. */
export function findHeadingProblems(pages: readonly PageRecord[]): Problem[] {
	const problems: Problem[] = [];
	for (const page of pages) {
		const seen = new Map<string, number>();
		for (const h of page.headings ?? []) {
			if (h.depth < 2 || h.depth > 3) continue;
			if (!h.id) {
				problems.push({
					file: page.file,
					line: h.line,
					message: `heading "${h.text}" has no id; expected \`${'#'.repeat(h.depth)} ${h.text} { #some-id }\` with an ASCII kebab-case id shared by both languages`,
				});
			} else if (!HEADING_ID.test(h.id)) {
				problems.push({
					file: page.file,
					line: h.line,
					message: `heading id "${h.id}" is not ASCII kebab-case; expected lowercase a-z, 0-9 and hyphens`,
				});
			} else if (seen.has(h.id)) {
				problems.push({
					file: page.file,
					line: h.line,
					message: `heading id "${h.id}" is already used on line ${seen.get(h.id)}; expected unique ids`,
				});
			}
			if (h.id && !seen.has(h.id)) seen.set(h.id, h.line);
		}
	}
	for (const [slug, { ja, en }] of bySlug(pages)) {
		if (!ja?.headings || !en?.headings) continue;
		const outline = (p: PageRecord) => p.headings!.filter((h) => h.depth >= 2 && h.depth <= 3);
		const jaOutline = outline(ja);
		const enOutline = outline(en);
		const length = Math.max(jaOutline.length, enOutline.length);
		for (let i = 0; i < length; i++) {
			const a = jaOutline[i];
			const b = enOutline[i];
			if (a?.id === b?.id && a?.depth === b?.depth) continue;
			const describe = (h: HeadingRecord | undefined) =>
				h ? `${'#'.repeat(h.depth)} {#${h.id ?? '?'}}` : 'no heading';
			problems.push({
				file: en.file,
				line: b?.line,
				message: `heading ${i + 1} of "${slug}" is ${describe(b)} but ${ja.file}${a ? `:${a.line}` : ''} has ${describe(a)}; expected the same heading ids, levels and order in both languages`,
			});
			break; // one mismatch shifts every later heading: report the first only
		}
	}
	return problems;
}

/** Both languages need the same tables (same rows and columns) and callouts, in order. */
export function findBlockDifferences(pages: readonly PageRecord[]): Problem[] {
	const problems: Problem[] = [];
	for (const [slug, { ja, en }] of bySlug(pages)) {
		if (!ja?.blocks || !en?.blocks) continue;
		const length = Math.max(ja.blocks.length, en.blocks.length);
		for (let i = 0; i < length; i++) {
			const a = ja.blocks[i];
			const b = en.blocks[i];
			if (a?.kind === b?.kind && a?.shape === b?.shape) continue;
			const describe = (block: BlockRecord | undefined) =>
				!block
					? 'nothing'
					: block.kind === 'table'
						? `a ${block.shape} table`
						: `a ${block.kind} callout`;
			problems.push({
				file: en.file,
				line: b?.line,
				message: `block ${i + 1} of "${slug}" is ${describe(b)} but ${ja.file}${a ? `:${a.line}` : ''} has ${describe(a)}; expected the same tables (rows × columns) and callouts in both languages`,
			});
			break; // one missing block shifts every later one: report the first only
		}
	}
	return problems;
}

/**
 * Relative links between pages (`../waf/#rate-based-rules`) must reach an existing page of the
 * same language and, with a fragment, one of its heading ids.
 */
export function findLinkProblems(pages: readonly PageRecord[]): Problem[] {
	const ids = new Map(
		pages.map((p) => [`${p.locale}/${p.slug}`, new Set((p.headings ?? []).map((h) => h.id))]),
	);
	const problems: Problem[] = [];
	for (const page of pages) {
		for (const link of page.links ?? []) {
			const target = resolveInternalLink(link.url, page.slug);
			if (!target) continue;
			const key = `${page.locale}/${target.slug}`;
			const targetIds = ids.get(key);
			if (!targetIds) {
				problems.push({
					file: page.file,
					line: link.line,
					message: `link "${link.url}" points to a page that does not exist; expected ../<slug>/ of an existing page`,
				});
			} else if (target.hash && !targetIds.has(target.hash)) {
				problems.push({
					file: page.file,
					line: link.line,
					message: `link "${link.url}" points to #${target.hash}, which is not a heading id of ${page.locale}/${target.slug}`,
				});
			}
		}
	}
	return problems;
}

/**
 * Reads a link written in page content. Returns the slug and fragment it points to, or
 * undefined for external links and links that are not between reference pages.
 * @example resolveInternalLink('../waf/#rules', 'shield') // { slug: 'waf', hash: 'rules' }
 */
export function resolveInternalLink(
	url: string,
	currentSlug: string,
): { slug: string; hash: string } | undefined {
	if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return undefined;
	const [path = '', hash = ''] = url.split('#', 2);
	if (path === '') return { slug: currentSlug, hash };
	const match = /^\.\.\/([a-z0-9-]+)\/?$/.exec(path);
	return match ? { slug: match[1]!, hash } : { slug: `invalid:${path}`, hash };
}
