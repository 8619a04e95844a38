/**
 * Checks over the built site: every internal link and asset resolves to a file, every
 * #fragment to an id on its target page, pages link within their own language, no page
 * repeats an id, and no element carries an inline event handler. Pure: a description of the built pages in, problems out.
 */
import { LOCALES } from '../i18n/locales.ts';
import { normalizeBase } from './urls.ts';

export interface BuiltLink {
	/** The attribute as written (href or src). */
	url: string;
	/** hreflang on the element: marks language switches and alternates, allowed to cross. */
	hreflang?: string;
	/** The link's own language where a `lang` attribute makes it differ from the page's. */
	lang?: string;
}

export interface BuiltPage {
	/** Path inside dist/, e.g. `ja/services/waf/index.html`. */
	file: string;
	lang: string | undefined;
	ids: string[];
	links: BuiltLink[];
	/** Inline event-handler attributes found (`onclick`), which the CSP would block. */
	handlers: string[];
}

export interface LinkProblem {
	page: string;
	link?: string;
	message: string;
}

/** Maps a site URL path (below the base) to the file that serves it. */
export function fileForPath(path: string): string {
	if (path === '' || path.endsWith('/')) return `${path}index.html`;
	return path;
}

/**
 * Checks every page. `files` is every file in dist/ (pages and assets); `base` the site's base
 * path; `origin` the configured site URL, whose absolute links count as internal.
 */
export function checkBuiltSite(
	pages: readonly BuiltPage[],
	files: ReadonlySet<string>,
	base: string,
	origin: string,
): LinkProblem[] {
	const byFile = new Map(pages.map((p) => [p.file, p]));
	const problems: LinkProblem[] = [];
	for (const page of pages) {
		for (const handler of page.handlers) {
			problems.push({
				page: page.file,
				message: `inline event handler ${handler}; expected a script file`,
			});
		}
		const seen = new Set<string>();
		for (const id of page.ids) {
			if (seen.has(id))
				problems.push({ page: page.file, message: `id "${id}" appears more than once` });
			seen.add(id);
		}
		for (const link of page.links) {
			const target = resolveTarget(link.url, page.file, base, origin);
			if (!target) continue;
			if (target.outsideBase) {
				problems.push({
					page: page.file,
					link: link.url,
					message: `points outside the base path ${base}`,
				});
				continue;
			}
			if (!files.has(target.file)) {
				problems.push({
					page: page.file,
					link: link.url,
					message: `no file ${target.file} in the build`,
				});
				continue;
			}
			const targetPage = byFile.get(target.file);
			if (
				target.hash &&
				targetPage &&
				!targetPage.ids.includes(target.hash) &&
				!target.hash.startsWith(':~:')
			) {
				problems.push({
					page: page.file,
					link: link.url,
					message: `no element with id "${target.hash}" on ${target.file}`,
				});
			}
			const targetLang = target.file.split('/')[0];
			const linkLang = link.lang ?? page.lang;
			const crossesLanguage =
				linkLang &&
				LOCALES.includes(targetLang as never) &&
				targetLang !== linkLang &&
				target.file.endsWith('.html');
			if (crossesLanguage && !link.hreflang) {
				problems.push({
					page: page.file,
					link: link.url,
					message: `a ${linkLang} page links to a ${targetLang} page; expected links within the same language (mark a deliberate switch with hreflang)`,
				});
			}
		}
	}
	return problems;
}

/**
 * Resolves a link to a file in dist/ and a fragment, or undefined for links to other sites,
 * mailto: and the like.
 */
export function resolveTarget(
	url: string,
	fromFile: string,
	base: string,
	origin: string,
): { file: string; hash: string; outsideBase?: boolean } | undefined {
	if (url === '' || /^(mailto|tel|data|javascript):/i.test(url)) return undefined;
	const root = normalizeBase(base);
	const pageUrl = new URL(`${root}${fromFile}`, origin);
	let resolved: URL;
	try {
		resolved = new URL(url, pageUrl);
	} catch {
		return { file: url, hash: '' };
	}
	if (resolved.origin !== new URL(origin).origin) return undefined;
	const hash = decodeURIComponent(resolved.hash.replace(/^#/, ''));
	const path = decodeURIComponent(resolved.pathname);
	if (!path.startsWith(root)) return { file: path, hash, outsideBase: true };
	return { file: fileForPath(path.slice(root.length)), hash };
}

/** One line per problem: `page: link — message`. */
export function formatLinkProblems(problems: readonly LinkProblem[]): string {
	return problems.map((p) => `${p.page}: ${p.link ? `"${p.link}" ` : ''}${p.message}`).join('\n');
}
