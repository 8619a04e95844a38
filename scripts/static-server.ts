/**
 * The static host `npm start` and the e2e suite use: sirv serves the files of dist/ (types,
 * ranges, ETags, the pre-compressed .gz copies, a file list read once at start, nothing outside
 * it); around it we add only the base path, the 404 page, directory redirects and the headers of
 * dist/_headers. Every request is checked before it reaches sirv, and no request can crash the
 * process.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';
import { headersForPath, parseHeadersFile } from '../src/lib/security-headers.ts';
import { normalizeBase } from '../src/lib/urls.ts';
import { findSymlinks } from '../src/integrations/public-guard.ts';

export interface SiteServerOptions {
	/** The built site. */
	dir: string;
	/** The base path the site is built for ('/', '/atlas/'). */
	base: string;
}

/** The longest request target we answer (as CloudFront and S3 do); longer ones get 414. */
export const MAX_URL_LENGTH = 8192;
const METHODS = new Set(['GET', 'HEAD']);

/** A request target checked and split, or the status that refuses it. */
export type Target = { path: string; query: string } | { status: 400 | 404 | 414 };

/**
 * Reads a request target safely: only origin-form paths, well-formed percent-encoding, no
 * encoded slashes or backslashes, no dot segments, no control characters.
 * @example parseTarget('/ja/services/waf/?x=1') // { path: '/ja/services/waf/', query: '?x=1' }
 */
export function parseTarget(target: string): Target {
	if (target.length > MAX_URL_LENGTH) return { status: 414 };
	if (!target.startsWith('/') || target.startsWith('//')) return { status: 400 };
	const cut = target.indexOf('?');
	const raw = cut === -1 ? target : target.slice(0, cut);
	const query = cut === -1 ? '' : target.slice(cut);
	if (/%(?![0-9a-f]{2})/i.test(raw) || /%(2f|5c|00)/i.test(raw)) return { status: 400 };
	let path: string;
	try {
		path = decodeURIComponent(raw);
	} catch {
		return { status: 400 };
	}
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001f\u007f\\]/.test(path) || /[\u0000-\u001f\u007f]/.test(query)) {
		return { status: 400 };
	}
	if (path.split('/').some((segment) => segment === '..' || segment === '.')) {
		return { status: 400 };
	}
	return { path, query };
}

/** The site server; it is not listening yet. Refuses a dist/ that holds symlinks. */
export function createSiteServer({ dir, base: rawBase }: SiteServerOptions): Server {
	const base = normalizeBase(rawBase);
	const links = existsSync(dir) ? findSymlinks(dir) : [];
	if (links.length > 0) {
		throw new Error(`${links.join(', ')}: refusing to serve symlinks from ${dir}/`);
	}
	const rules = parseHeadersFile(readText(join(dir, '_headers')));
	const notFoundPage = readText(join(dir, '404.html')) || 'Not found';
	const headersFor = (path: string) => headersForPath(rules, path);

	const notFound = (res: ServerResponse, path: string) => {
		res.writeHead(404, { ...headersFor(path), 'Content-Type': 'text/html; charset=utf-8' });
		res.end(notFoundPage);
	};
	const files = sirv(dir, {
		etag: true,
		// The .gz copy the build wrote beside a file, for a reader whose browser accepts gzip.
		gzip: true,
		dotfiles: false,
		setHeaders: (res, pathname) => {
			for (const [name, value] of Object.entries(headersFor(`${base}${pathname.slice(1)}`))) {
				res.setHeader(name, value);
			}
		},
		onNoMatch: (req: IncomingMessage, res: ServerResponse) => notFound(res, req.url ?? '/'),
	});

	const handle = (req: IncomingMessage, res: ServerResponse) => {
		if (!METHODS.has(req.method ?? '')) {
			res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
			res.end('Method not allowed');
			return;
		}
		const target = parseTarget(req.url ?? '');
		if ('status' in target) {
			res.writeHead(target.status, { 'Content-Type': 'text/plain; charset=utf-8' });
			res.end(target.status === 414 ? 'URI too long' : 'Bad request');
			return;
		}
		const { path, query } = target;
		const inside = path.startsWith(base) ? path.slice(base.length) : undefined;
		if (inside === undefined || inside === '_headers') {
			if (`${path}/` === base) return redirect(res, base, query, headersFor(base));
			return notFound(res, path);
		}
		if (inside !== '' && !path.endsWith('/') && existsSync(join(dir, inside, 'index.html'))) {
			return redirect(res, `${path}/`, query, headersFor(path));
		}
		const range = req.headers.range;
		if (range && !isSimpleRange(range)) delete req.headers.range;
		req.url = `/${inside}${query}`;
		files(req, res);
	};

	return createServer((req, res) => {
		try {
			handle(req, res);
		} catch {
			// A request we did not foresee: answer it, never let it stop the server.
			if (!res.headersSent) res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
			res.end();
		}
	});
}

/** A same-site redirect: the location is our own checked path, never a host. */
function redirect(
	res: ServerResponse,
	path: string,
	query: string,
	headers: Record<string, string>,
): void {
	res.writeHead(301, {
		...headers,
		Location: `${encodeURI(path)}${encodeURI(query).replace(/%25/g, '%')}`,
	});
	res.end();
}

/** `bytes=a-b` with a <= b, or `bytes=a-`; anything else is served whole. */
function isSimpleRange(range: string): boolean {
	const match = /^bytes=(\d+)-(\d*)$/.exec(range);
	return !!match && (match[2] === '' || Number(match[1]) <= Number(match[2]));
}

function readText(path: string): string {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return '';
	}
}
