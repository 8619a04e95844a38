/**
 * Writes a gzip copy (`x.html.gz`) beside every text file of a built site, as static servers
 * that send pre-compressed files expect (sirv in `npm start`, which runs this first; nginx
 * `gzip_static`): readers get compressed pages without the server compressing per request.
 * Usage: node scripts/precompress.ts [dir=dist]
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Text files worth compressing: under 1 KB the headers outweigh the saving. */
export function isCompressible(name: string, size: number): boolean {
	return size >= 1024 && /\.(html|css|js|mjs|json|xml|svg|txt)$/.test(name);
}

/** Compresses every compressible file under `dir`; returns how many it wrote. */
export async function precompress(dir: string): Promise<number> {
	let written = 0;
	for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		const body = await readFile(path);
		if (!isCompressible(entry.name, body.length)) continue;
		await writeFile(`${path}.gz`, gzipSync(body, { level: 9 }));
		written++;
	}
	return written;
}

if (import.meta.main) {
	const dir = process.argv[2] ?? 'dist';
	const started = performance.now();
	const count = await precompress(dir);
	console.log(
		`precompress: ${count} files in ${dir}/ gzipped in ${Math.round(performance.now() - started)} ms`,
	);
}
