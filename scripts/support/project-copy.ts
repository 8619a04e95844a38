// A copy of the project in a temporary folder, for tests that build it with a planted change:
// the sources, content and config, with node_modules linked rather than copied.
import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const PROJECT_FILES = [
	'src',
	'content',
	'public',
	'astro.config.mjs',
	'package.json',
	'package-lock.json',
	'tsconfig.json',
];

/** Copies the project into a new folder named after `prefix`; returns the folder. */
export async function copyProject(prefix: string): Promise<string> {
	const project = await mkdtemp(join(tmpdir(), prefix));
	for (const entry of PROJECT_FILES) await cp(entry, join(project, entry), { recursive: true });
	await symlink(resolve('node_modules'), join(project, 'node_modules'), 'dir');
	return project;
}

/** Removes a copy made by copyProject. */
export function removeProject(project: string): Promise<void> {
	return rm(project, { recursive: true, force: true });
}
