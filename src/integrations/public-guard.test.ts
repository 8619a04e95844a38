import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findSymlinks, publicGuard } from './public-guard.ts';

test('symlinks in public/ are found at any depth and stop the build by name', async () => {
	const dir = await mkdtemp(join(tmpdir(), 'atlas-public-'));
	try {
		await mkdir(join(dir, 'og'));
		await writeFile(join(dir, 'robots.txt'), 'ok');
		assert.deepEqual(findSymlinks(dir), []);
		await symlink('/etc/passwd', join(dir, 'og', 'passwd.txt'));
		await symlink(dir, join(dir, 'repo'));
		assert.deepEqual(findSymlinks(dir).sort(), [join(dir, 'og', 'passwd.txt'), join(dir, 'repo')]);
		const setup = publicGuard(dir).hooks['astro:config:setup'] as () => void;
		assert.throws(setup, /passwd\.txt.*symlinks in public\/ would be copied into the site/);
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
});
