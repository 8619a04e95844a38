/**
 * Serves the built site like a static host: below BASE_PATH, directory index files, the
 * 404.html page, and the headers of dist/_headers (so e2e runs under the real CSP).
 * Usage: node scripts/serve.ts [--port 4321] [--dir dist]
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import { headersForPath, parseHeadersFile } from '../src/lib/security-headers.ts';
import { fileForPath } from '../src/lib/link-check.ts';
import { normalizeBase } from '../src/lib/urls.ts';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
};

const { values } = parseArgs({
	options: { port: { type: 'string', default: '4321' }, dir: { type: 'string', default: 'dist' } },
});
const dir = values.dir!;
const base = normalizeBase(process.env.BASE_PATH ?? '/');
const rules = parseHeadersFile(await readFile(join(dir, '_headers'), 'utf8').catch(() => ''));

async function resolveFile(path: string): Promise<string | undefined> {
	const file = normalize(join(dir, fileForPath(path)));
	if (!file.startsWith(normalize(dir))) return undefined;
	const info = await stat(file).catch(() => undefined);
	if (info?.isFile()) return file;
	if (info?.isDirectory()) return resolveFile(`${path}/`);
	return undefined;
}

const server = createServer(async (req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	const path = decodeURIComponent(url.pathname);
	const headers = headersForPath(rules, path);
	const file = path.startsWith(base) ? await resolveFile(path.slice(base.length)) : undefined;
	if (!file) {
		const notFound = await readFile(join(dir, '404.html')).catch(() => Buffer.from('Not found'));
		res.writeHead(404, { ...headers, 'Content-Type': TYPES['.html'] });
		res.end(notFound);
		return;
	}
	if (!path.endsWith('/') && file.endsWith('index.html') && !path.endsWith('.html')) {
		res.writeHead(301, { Location: `${path}/${url.search}` });
		res.end();
		return;
	}
	res.writeHead(200, {
		...headers,
		'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
	});
	res.end(await readFile(file));
});

server.listen(Number(values.port), () => {
	console.log(`Serving ${dir}/ at http://localhost:${values.port}${base}`);
});
