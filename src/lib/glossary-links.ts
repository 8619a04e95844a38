/**
 * Sätteri mdast plugin: the first use of each glossary term on a page becomes a
 * <GlossaryTerm id="…"> element (rendered as a link to the glossary with its definition).
 * Headings, links and code are left alone. The language comes from the file's folder.
 */
import { defineMdastPlugin, type MdastNode } from 'satteri';
import type { GlossaryTerm } from '../i18n/glossary-schema.ts';
import { isLocale } from '../i18n/locales.ts';
import { compileMatchers, firstUses, type CompiledTerms } from './glossary.ts';

const SKIP_INSIDE = new Set([
	'heading',
	'link',
	'linkReference',
	'mdxJsxTextElement',
	'inlineCode',
	'code',
]);

/** The plugin for a term list; pages outside content/<lang>/ are left untouched. */
export function glossaryLinks(terms: readonly GlossaryTerm[]) {
	const matchers = new Map<string, CompiledTerms>();
	const matchersFor = (locale: 'ja' | 'en') => {
		if (!matchers.has(locale)) matchers.set(locale, compileMatchers(terms, locale));
		return matchers.get(locale)!;
	};
	return defineMdastPlugin({
		name: 'glossary-links',
		before(_root, ctx) {
			ctx.data.glossarySeen = new Set<string>();
			const locale = /\/content\/([a-z]+)\//.exec(ctx.fileURL?.pathname ?? '')?.[1];
			ctx.data.glossaryLocale = isLocale(locale) ? locale : undefined;
			// Whether a parent is (inside) a node whose text is left alone. A parent is the same
			// object for all its children, so each is looked up once, not once per text node.
			ctx.data.glossarySkip = new WeakMap<object, boolean>();
		},
		text(node, ctx) {
			const locale = ctx.data.glossaryLocale as 'ja' | 'en' | undefined;
			if (!locale) return;
			const skip = ctx.data.glossarySkip as WeakMap<object, boolean>;
			const skipped = (p: ReturnType<typeof ctx.parent>): boolean => {
				if (!p) return false;
				let known = skip.get(p);
				if (known === undefined) {
					known = SKIP_INSIDE.has(p.type) || skipped(ctx.parent(p as never));
					skip.set(p, known);
				}
				return known;
			};
			if (skipped(ctx.parent(node))) return;
			const seen = ctx.data.glossarySeen as Set<string>;
			const matches = firstUses(node.value, matchersFor(locale), seen);
			if (matches.length === 0) return;
			const parts: MdastNode[] = [];
			let at = 0;
			for (const match of matches) {
				if (match.start > at)
					parts.push({ type: 'text', value: node.value.slice(at, match.start) });
				parts.push({
					type: 'mdxJsxTextElement',
					name: 'GlossaryTerm',
					attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: match.id }],
					children: [{ type: 'text', value: node.value.slice(match.start, match.end) }],
				} as MdastNode);
				at = match.end;
			}
			if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
			ctx.replaceNode(node, parts);
		},
	});
}
