/**
 * A baseline to compare against: the project as it is at a git ref, exported into a temporary
 * folder with `git archive` (no checkout, no worktree: the working tree is never touched). A ref
 * whose lockfile differs from this tree's gets its own packages (`npm ci`); otherwise it shares
 * this tree's node_modules.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Exports `ref` into a new temporary folder and returns the folder and the commit it named. */
export async function exportRef(ref: string): Promise<{ dir: string; commit: string }> {
	const commit = (await run('git', ['rev-parse', '--verify', `${ref}^{commit}`])).trim();
	const dir = await mkdtemp(join(tmpdir(), 'atlas-baseline-'));
	await run('sh', ['-c', `git archive --format=tar ${commit} | tar -x -C "${dir}"`]);
	const lockfile = (root: string) => readFile(join(root, 'package-lock.json'), 'utf8');
	if ((await lockfile(dir)) !== (await lockfile('.'))) {
		console.error(`bench: ${ref} locks other packages; installing them…`);
		await run('npm', ['ci', '--no-audit', '--no-fund', '--prefix', dir]);
	}
	return { dir, commit };
}

function run(command: string, args: string[]): Promise<string> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
		let out = '';
		let err = '';
		child.stdout.on('data', (c) => (out += c));
		child.stderr.on('data', (c) => (err += c));
		child.on('exit', (code) =>
			code === 0 ? resolve(out) : reject(new Error(`${command} ${args.join(' ')}: ${err}`)),
		);
	});
}
