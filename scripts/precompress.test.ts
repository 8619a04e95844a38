// Pre-compression: a gzip copy beside every text file worth compressing, byte-identical once
// decompressed; small files and binary formats are left alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { isCompressible, precompress } from './precompress.ts';

test('text files of 1 KB or more are compressible; small files and binaries are not', () => {
	assert.equal(isCompressible('index.html', 4096), true);
	assert.equal(isCompressible('style.abc.css', 1024), true);
	assert.equal(isCompressible('search-lexicon.json', 50_000), true);
	assert.equal(isCompressible('index.html', 1023), false);
	assert.equal(isCompressible('og.png', 50_000), false);
	assert.equal(isCompressible('pagefind-entry.pf_meta', 50_000), false);
	assert.equal(isCompressible('index.html.gz', 50_000), false);
});

test('every compressible file gets a .gz copy that decompresses to the same bytes', async () => {
	const dir = await mkdtemp(join(tmpdir(), 'atlas-precompress-'));
	try {
		await mkdir(join(dir, 'ja', 'services'), { recursive: true });
		const page = '<p>ページ</p>\n'.repeat(200);
		await writeFile(join(dir, 'ja', 'services', 'index.html'), page);
		await writeFile(join(dir, 'tiny.css'), 'a{}');
		await writeFile(join(dir, 'image.png'), Buffer.alloc(4096));

		assert.equal(await precompress(dir), 1);
		const copy = await readFile(join(dir, 'ja', 'services', 'index.html.gz'));
		assert.equal(gunzipSync(copy).toString(), page);
		const names = await readdir(dir);
		assert.deepEqual(names.sort(), ['image.png', 'ja', 'tiny.css']);
		assert.equal(await precompress(dir), 1, 'a second run rewrites the copy, not a copy of it');
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
});
