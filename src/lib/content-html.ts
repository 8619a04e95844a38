/**
 * The markup of what a page's content holds besides plain Markdown, as hast trees: section
 * headings with their link tools, the three callouts, glossary terms, and the focusable boxes
 * around tables and code. The page renderer builds content with these, and SectionHeading.astro
 * builds the headings of the generated pages with the same function, so each has one markup.
 * Their styles are in src/styles/content.css.
 */
import type { Element, ElementContent } from 'hast';
import { otherLocale, type Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/ui.ts';
import type { GlossaryTerm } from '../i18n/glossary-schema.ts';
import { formatDate } from './dates.ts';

type Properties = NonNullable<Element['properties']>;

/** One element; `h('p', { className: ['x'] }, 'text')`. Strings become text nodes. */
function h(
	tagName: string,
	properties: Properties = {},
	...children: (ElementContent | string)[]
): Element {
	return {
		type: 'element',
		tagName,
		properties,
		children: children.map((c) => (typeof c === 'string' ? { type: 'text', value: c } : c)),
	};
}

/**
 * A content heading with its shared id, and BESIDE it (not inside: a heading's name is its
 * text) an anchor link and the copy-link buttons. The site script builds the copied URLs from
 * the address being read, so no build-time origin is baked into the page.
 */
export function sectionHeading(
	level: 2 | 3,
	id: string,
	children: ElementContent[],
	locale: Locale,
): Element {
	const t = useTranslations(locale);
	const tools = h(
		'copy-link',
		{ className: ['heading-tools'], dataId: id, dataPagefindIgnore: true },
		h(
			'a',
			{
				className: ['heading-anchor'],
				href: `#${id}`,
				ariaLabel: t('anchor.label'),
				ariaDescribedBy: [id],
			},
			'#',
		),
		h(
			'button',
			{ type: 'button', className: ['copy-one'], ariaDescribedBy: [id], dataJsOnly: true },
			t('anchor.copy'),
		),
		h(
			'button',
			{ type: 'button', className: ['copy-both'], ariaDescribedBy: [id], dataJsOnly: true },
			'ja + en',
			h('span', { className: ['visually-hidden'] }, t('anchor.copyBoth')),
		),
		h('span', { className: ['copy-status'], role: 'status' }),
	);
	const heading = h(`h${level}`, { id }, ...children);
	return h('div', { className: ['section-heading', `level-${level}`] }, heading, tools);
}

export type CalloutTone = 'note' | 'misconception' | 'changed';

/** The frame every callout shares: a note (role=note, not a landmark) with a visible label. */
function callout(tone: CalloutTone, label: ElementContent[], body: ElementContent[]): Element {
	return h(
		'div',
		{ className: ['callout', tone], role: 'note' },
		h('p', { className: ['callout-label'] }, ...label),
		...body,
	);
}

/** A plain aside (`<Note>…</Note>`). */
export function note(body: ElementContent[], locale: Locale): Element {
	return callout('note', [{ type: 'text', value: useTranslations(locale)('note.label') }], body);
}

/** A common misconception (`<Misconception claim="…">the fact</Misconception>`): belief, then fact. */
export function misconception(claim: string, fact: ElementContent[], locale: Locale): Element {
	const t = useTranslations(locale);
	return callout(
		'misconception',
		[{ type: 'text', value: t('callout.misconception') }],
		[
			h(
				'p',
				{ className: ['claim'] },
				h('span', { className: ['tag'] }, t('callout.belief')),
				claim,
			),
			h(
				'div',
				{ className: ['fact'] },
				h('span', { className: ['tag'] }, t('callout.fact')),
				...fact,
			),
		],
	);
}

/** A dated AWS change (`<Changed date="2025-09-30">…</Changed>`). */
export function changed(date: string, body: ElementContent[], locale: Locale): Element {
	const label: ElementContent[] = [
		{ type: 'text', value: `${useTranslations(locale)('callout.changed')} · ` },
		h('time', { dateTime: date }, formatDate(date, locale)),
	];
	return callout('changed', label, body);
}

/**
 * The first use of a glossary term on a page: a link to its glossary entry (`href`), with the
 * definition as a tooltip shown on hover and keyboard focus, and the term in the other language
 * first.
 */
export function glossaryTerm(
	term: GlossaryTerm,
	locale: Locale,
	href: string,
	text: ElementContent[],
): Element {
	const other = otherLocale(locale);
	const tip = `tip-${term.id}`;
	return h(
		'span',
		{ className: ['glossary-term'] },
		h('a', { href, ariaDescribedBy: [tip] }, ...text),
		h(
			'span',
			{ className: ['glossary-tip'], role: 'tooltip', id: tip, dataPagefindIgnore: true },
			h('span', { className: ['glossary-tip-term'], lang: other }, term[other].term),
			` ${term[locale].definition}`,
		),
	);
}

/**
 * A table inside a focusable, labelled box that scrolls sideways when the table is wide. Its
 * header row stays out of the search text: search keeps no cell boundaries, so an excerpt
 * starting at the headers ran them into the first row ("Type What creates it Examples Policy…").
 */
export function scrollTable(table: Element, locale: Locale): Element {
	const label = useTranslations(locale)('table.region');
	const children = table.children.map((child) =>
		child.type === 'element' && child.tagName === 'thead'
			? { ...child, properties: { ...child.properties, dataPagefindIgnore: true } }
			: child,
	);
	return h(
		'div',
		{ className: ['table-scroll'], role: 'group', ariaLabel: label, tabIndex: 0 },
		{ ...table, children },
	);
}

/** A code block: a long line scrolls inside it, so it takes keyboard focus (axe). */
export function codeBlock(pre: Element): Element {
	return { ...pre, properties: { ...pre.properties, tabIndex: 0 } };
}
