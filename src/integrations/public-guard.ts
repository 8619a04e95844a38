/**
 * Build guard for public/: Astro copies it into dist/ as it is, following symlinks, so a link
 * to /etc/passwd or to the repository would be published. The build stops and names them.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';

/** Symlinks below `dir` (never followed), as paths joined to `dir`. */
export function findSymlinks(dir: string): string[] {
	const found: string[] = [];
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		const info = lstatSync(path);
		if (info.isSymbolicLink()) found.push(path);
		else if (info.isDirectory()) found.push(...findSymlinks(path));
	}
	return found;
}

/** The integration: fails `astro build` and `astro dev` when public/ holds a symlink. */
export function publicGuard(dir = 'public'): AstroIntegration {
	return {
		name: 'public-guard',
		hooks: {
			'astro:config:setup': () => {
				const links = findSymlinks(dir);
				if (links.length > 0) {
					throw new Error(
						`${links.join(', ')}: symlinks in public/ would be copied into the site with what they point at; expected regular files`,
					);
				}
			},
		},
	};
}
