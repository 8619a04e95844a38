/** Digests of files on disk, for caches that must notice when code or config changes. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';

/**
 * One digest of the files under `paths` (folders recursively) that exist, in a stable order:
 * any edit, addition or removal changes it.
 */
export function codeDigest(paths: readonly string[]): string {
	const files = paths
		.filter((path) => existsSync(path)) // a copy of the project may lack the lockfile
		.flatMap((path) =>
			statSync(path).isDirectory()
				? readdirSync(path, { recursive: true, withFileTypes: true })
						.filter((dirent) => dirent.isFile())
						.map((dirent) => `${dirent.parentPath}/${dirent.name}`)
				: [path],
		);
	const hash = createHash('sha256');
	for (const file of files.sort()) hash.update(file).update(readFileSync(file));
	return hash.digest('hex');
}
