/**
 * Sätteri mdast plugin: the first use of each glossary term on a page becomes a
 * <GlossaryTerm id="…"> element (rendered as a link to the glossary with its definition).
 * Headings, links and code are left alone. The language comes from the file's folder.
 */
import { defineMdastPlugin, type MdastNode } from 'satteri';
import type { GlossaryTerm } from '../i18n/glossary-schema.ts';
import { isLocale } from '../i18n/locales.ts';
import { compileMatchers, firstUses, type TermMatcher } from './glossary.ts';

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
	const matchers = new Map<string, TermMatcher[]>();
	const matchersFor = (locale: 'ja' | 'en') => {
		if (!matchers.has(locale)) matchers.set(locale, compileMatchers(terms, locale));
		return matchers.get(locale)!;
	};
	return defineMdastPlugin({
		name: 'glossary-links',
		before(_root, ctx) {
			ctx.data.glossarySeen = new Set<string>();
		},
		text(node, ctx) {
			const locale = /\/content\/([a-z]+)\//.exec(ctx.fileURL?.pathname ?? '')?.[1];
			if (!isLocale(locale)) return;
			for (let p = ctx.parent(node); p; p = ctx.parent(p as never)) {
				if (SKIP_INSIDE.has(p.type)) return;
			}
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
