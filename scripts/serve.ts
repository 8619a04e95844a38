/**
 * Serves the built site like a static host (see scripts/static-server.ts).
 * Usage: node scripts/serve.ts [--port 4321] [--dir dist]; PORT, HOST and BASE_PATH from the
 * environment. Listens on 127.0.0.1 unless HOST says otherwise.
 */
import { parseArgs } from 'node:util';
import { createSiteServer } from './static-server.ts';
import { precompress } from './precompress.ts';
import { normalizeBase } from '../src/lib/urls.ts';

const { values } = parseArgs({
	options: { port: { type: 'string' }, dir: { type: 'string', default: 'dist' } },
});
const port = Number(values.port ?? process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';
const base = normalizeBase(process.env.BASE_PATH ?? '/');
// Like a host that compresses: a gzip copy beside each text file, which sirv sends to browsers
// that accept it. Written here, not in the build, which stays the files a host publishes.
await precompress(values.dir!);
const server = createSiteServer({ dir: values.dir!, base });
server.listen(port, host, () => {
	const shown = host.includes(':') ? `[${host}]` : host;
	console.log(`Serving ${values.dir}/ at http://${shown}:${port}${base}`);
});
