/**
 * After the build: every internal link, asset and #anchor in dist/ resolves, pages link within
 * their language, and ids are unique per page. Usage: node scripts/check-links.ts [dist]
 * Reads SITE_URL and BASE_PATH like astro.config.mjs.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { htmlToHast, type HastNode } from 'satteri';
import {
	checkBuiltSite,
	formatLinkProblems,
	type BuiltLink,
	type BuiltPage,
} from '../src/lib/link-check.ts';

type Node = HastNode & {
	tagName?: string;
	properties?: Record<string, unknown>;
	children?: Node[];
};

/** Reads one built HTML page into what the checks need. */
export function describePage(file: string, html: string): BuiltPage {
	const ids: string[] = [];
	const links: BuiltLink[] = [];
	const handlers: string[] = [];
	let lang: string | undefined;
	// `inherited`: the language the element is in (its nearest lang attribute).
	const visit = (node: Node, inherited: string | undefined) => {
		const props = node.properties ?? {};
		if (node.tagName === 'html' && typeof props.lang === 'string') lang = props.lang;
		const here = typeof props.lang === 'string' ? props.lang : inherited;
		if (typeof props.id === 'string') ids.push(props.id);
		for (const name of Object.keys(props).filter((n) => /^on[A-Z]/.test(n))) {
			handlers.push(`${name.toLowerCase()} on <${node.tagName}>`);
		}
		for (const attr of ['href', 'src']) {
			const value = props[attr];
			if (typeof value === 'string' && node.tagName !== 'form') {
				links.push({
					url: value,
					...(here !== lang && here ? { lang: here } : {}),
					hreflang:
						typeof props.hrefLang === 'string'
							? props.hrefLang
							: typeof props.hreflang === 'string'
								? props.hreflang
								: undefined,
				});
			}
		}
		for (const child of node.children ?? []) visit(child, here);
	};
	visit(htmlToHast(html) as Node, undefined);
	return { file, lang, ids, links, handlers };
}

async function listFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((e) => e.isFile())
		.map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'));
}

/** Checks a built site folder; returns the problems. */
export async function checkLinks(dist: string, base: string, origin: string) {
	const files = await listFiles(dist);
	const pages = await Promise.all(
		files
			.filter((f) => f.endsWith('.html'))
			.map(async (f) => describePage(f, await readFile(join(dist, f), 'utf8'))),
	);
	return { pages, problems: checkBuiltSite(pages, new Set(files), base, origin) };
}

if (import.meta.main) {
	const dist = process.argv[2] ?? 'dist';
	const { pages, problems } = await checkLinks(
		dist,
		process.env.BASE_PATH ?? '/',
		process.env.SITE_URL ?? 'http://localhost:4321',
	);
	if (problems.length > 0) {
		console.error(
			`${problems.length} broken link(s) or anchor(s) in ${dist}/:\n${formatLinkProblems(problems)}`,
		);
		process.exit(1);
	}
	const links = pages.reduce((n, p) => n + p.links.length, 0);
	console.log(`links ok: ${links} links and anchors on ${pages.length} pages`);
}
