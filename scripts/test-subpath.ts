/**
 * The same site under a sub-path: builds with BASE_PATH=/atlas/ into dist-subpath/, checks its
 * links, and runs the e2e suite against it (axe sweeps run on the root build only).
 * Usage: node scripts/test-subpath.ts
 */
import { spawnSync } from 'node:child_process';

// SITE_URL matches where the sub-path build is served, so canonical and copied URLs are checkable.
// The port is SUBPATH_PORT (or E2E_PORT when set, since the root run is over by then), else 4322.
const port = process.env.SUBPATH_PORT ?? process.env.E2E_PORT ?? '4322';
const env = {
	...process.env,
	SITE_URL: `http://localhost:${port}`,
	BASE_PATH: '/atlas/',
	DIST_DIR: 'dist-subpath',
	E2E_PORT: port,
};

function run(command: string, args: string[]) {
	console.log(
		`\n$ BASE_PATH=${env.BASE_PATH} DIST_DIR=${env.DIST_DIR} ${command} ${args.join(' ')}`,
	);
	const result = spawnSync(command, args, { env, stdio: 'inherit' });
	if (result.status !== 0) process.exit(result.status ?? 1);
}

run('npx', ['astro', 'build']);
run('npx', ['pagefind', '--site', env.DIST_DIR]);
run('node', ['scripts/check-links.ts', env.DIST_DIR]);
run('npx', ['playwright', 'test', '--grep-invert', 'axe violations|contrast']);
