/**
 * Renders one page's MDX to HTML without compiling it to code: Sätteri parses it (MDX syntax,
 * the site's Markdown features) straight to a hast tree, the first use of each glossary term
 * becomes a term link, the site's callouts and the headings, tables and code blocks get their
 * markup from content-html.ts, and hast-util-to-html writes it out, escaping every text and
 * attribute. A page is content, never code: anything but the site's callouts is refused here,
 * after the content checks (page-source.ts) have refused it with a line number.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { mdxToHast } from 'satteri';
import { toHtml } from 'hast-util-to-html';
import type { Locale } from '../i18n/locales.ts';
import type { GlossaryTerm } from '../i18n/glossary-schema.ts';
import { MARKDOWN_FEATURES } from './markdown-features.ts';
import { glossaryUrl } from './urls.ts';
import { compileMatchers, firstUses, type CompiledTerms } from './glossary.ts';
import {
	changed,
	codeBlock,
	glossaryTerm,
	misconception,
	note,
	scrollTable,
	sectionHeading,
} from './content-html.ts';

/** A `##` or `###` heading, for the table of contents (Astro's MarkdownHeading). */
export interface PageHeading {
	depth: number;
	slug: string;
	text: string;
}

export interface RenderedPage {
	html: string;
	headings: PageHeading[];
}

/** The glossary as one language's pages link it. */
export interface PageGlossary {
	terms: ReadonlyMap<string, GlossaryTerm>;
	matchers: CompiledTerms;
	/** The site's base path (Astro's BASE_URL), for the links to the glossary page. */
	base: string;
}

/** The glossary prepared for one language's pages: compile it once per build, not per page. */
export function pageGlossary(
	terms: readonly GlossaryTerm[],
	locale: Locale,
	base: string,
): PageGlossary {
	return {
		terms: new Map(terms.map((t) => [t.id, t])),
		matchers: compileMatchers(terms, locale),
		base,
	};
}

/** An MDX element in Sätteri's hast: a component with literal attributes. */
interface JsxElement {
	type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
	name: string | null;
	attributes: { type: string; name?: string; value?: unknown }[];
	children: ElementContent[];
}

type Node = Root | RootContent | JsxElement;

/** What the checks parse, plus typographic quotes and dashes (“…”, ’), as Astro renders Markdown. */
const RENDER_FEATURES = { ...MARKDOWN_FEATURES, smartPunctuation: true };

/** Text of a heading, link or code is never turned into a term link. */
const NO_TERMS_INSIDE = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'code', 'pre']);

/** Renders one page; `locale` is the page's language. */
export function renderPage(source: string, locale: Locale, glossary: PageGlossary): RenderedPage {
	const tree = mdxToHast(source, { features: RENDER_FEATURES, position: false }) as Root;
	linkGlossaryTerms(tree, { ...glossary, locale, seen: new Set() });
	const headings: PageHeading[] = [];
	tree.children = expandAll(tree.children as Node[], locale, headings) as RootContent[];
	// Named references (&amp;, &lt;) are the shortest and read like the rest of the page.
	return { html: toHtml(tree, { characterReferences: { useNamedReferences: true } }), headings };
}

/** The glossary while one page is linked: its language and the terms linked so far. */
interface Linking extends PageGlossary {
	locale: Locale;
	seen: Set<string>;
}

/**
 * Turns the first use of each term on the page into a term link, in document order; text of
 * headings, links and code is left alone.
 */
function linkGlossaryTerms(parent: Node, linking: Linking): void {
	if (!('children' in parent)) return;
	const children: Node[] = [];
	for (const child of parent.children as Node[]) {
		if (child.type === 'text') {
			children.push(...termLinks(child.value, linking));
			continue;
		}
		const skip = child.type === 'element' && NO_TERMS_INSIDE.has(child.tagName);
		if (!skip) linkGlossaryTerms(child, linking);
		children.push(child);
	}
	(parent as { children: Node[] }).children = children;
}

/** One text node as text and term links. */
function termLinks(text: string, { terms, matchers, base, locale, seen }: Linking): Node[] {
	const matches = firstUses(text, matchers, seen);
	if (matches.length === 0) return [{ type: 'text', value: text }];
	const parts: Node[] = [];
	let at = 0;
	for (const match of matches) {
		if (match.start > at) parts.push({ type: 'text', value: text.slice(at, match.start) });
		const term = terms.get(match.id);
		if (!term) throw new Error(`glossary: no term "${match.id}"`);
		const spelled: ElementContent = { type: 'text', value: text.slice(match.start, match.end) };
		parts.push(glossaryTerm(term, locale, glossaryUrl(base, locale, term.id), [spelled]));
		at = match.end;
	}
	if (at < text.length) parts.push({ type: 'text', value: text.slice(at) });
	return parts;
}

function expandAll(
	nodes: readonly Node[],
	locale: Locale,
	headings: PageHeading[],
): ElementContent[] {
	return nodes.map((node) => expand(node, locale, headings));
}

/** One node with the site's markup: children first, then the node itself. */
function expand(node: Node, locale: Locale, headings: PageHeading[]): ElementContent {
	if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
		const children = expandAll(node.children as Node[], locale, headings);
		return component(node, children, locale);
	}
	if (node.type !== 'element') return node as ElementContent;
	const element: Element = {
		...node,
		children: expandAll(node.children as Node[], locale, headings),
	};
	switch (element.tagName) {
		case 'h2':
		case 'h3': {
			const id = element.properties?.id;
			if (typeof id !== 'string') return element;
			const level = element.tagName === 'h2' ? 2 : 3;
			headings.push({ depth: level, slug: id, text: textOf(element) });
			return sectionHeading(level, id, element.children, locale);
		}
		case 'table':
			return scrollTable(element, locale);
		case 'pre':
			return codeBlock(element);
		default:
			return element;
	}
}

/** A callout from its MDX element; any other element is refused. */
function component(node: JsxElement, children: ElementContent[], locale: Locale): Element {
	const attribute = (name: string): string => {
		const value = node.attributes.find(
			(a) => a.type === 'mdxJsxAttribute' && a.name === name,
		)?.value;
		if (typeof value !== 'string') throw new Error(`<${node.name}> needs a ${name}="…" attribute`);
		return value;
	};
	switch (node.name) {
		case 'Note':
			return note(children, locale);
		case 'Misconception':
			return misconception(attribute('claim'), children, locale);
		case 'Changed':
			return changed(attribute('date'), children, locale);
		default:
			throw new Error(`<${node.name ?? ''}> is not one of the site's callouts`);
	}
}

/** The text a reader sees in an element. */
function textOf(node: ElementContent): string {
	if (node.type === 'text') return node.value;
	return 'children' in node ? node.children.map(textOf).join('') : '';
}
