/**
 * Sätteri mdast plugin that runs the content linter's page rules inside the build, before any
 * MDX is compiled or run: code (import/export, {…}), elements other than the site's callouts,
 * unsafe URLs, absurd nesting, heading ids, the Japanese house style. A page that breaks one
 * stops the build with `file:line: message`, exactly as `npm run lint:content` reports it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { defineMdastPlugin } from 'satteri';
import { findHeadingProblems, formatProblems } from './content-checks.ts';
import { refFromPath } from './entries.ts';
import { parsePageSource } from './page-source.ts';

/** The plugin; files outside content/<lang>/services/ are left alone. */
export function contentGuard() {
	return defineMdastPlugin({
		name: 'content-guard',
		before(_root, ctx) {
			if (!ctx.fileURL) return;
			const path = fileURLToPath(ctx.fileURL);
			const ref = refFromPath(path);
			if (!ref) return;
			const file = relative(process.cwd(), path);
			// ctx.source has the frontmatter blanked out; the file on disk is what the linter reads.
			const { page, problems } = parsePageSource(file, ref, readFileSync(path, 'utf8'));
			problems.push(...findHeadingProblems([page]));
			if (problems.length > 0) {
				// line/column let the MDX integration print the real location, not 0:0.
				throw Object.assign(new Error(formatProblems(problems)), {
					line: problems[0]!.line ?? 1,
					column: 1,
				});
			}
		},
	});
}
