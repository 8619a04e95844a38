// The site server under hostile requests, sent as raw bytes so nothing normalises them first:
// each class gets the status it should, nothing crashes the server, no redirect leaves the
// site, and no byte from outside the served folder comes back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createSiteServer, parseTarget } from './static-server.ts';

let root: string;
let server: Server;
let port: number;

before(async () => {
	root = await mkdtemp(join(tmpdir(), 'atlas-serve-'));
	const dist = join(root, 'dist');
	await mkdir(join(dist, 'ja', 'services', 'waf'), { recursive: true });
	await mkdir(join(dist, '_astro'), { recursive: true });
	await mkdir(join(root, 'dist-secret'));
	await writeFile(join(dist, 'ja', 'index.html'), '<p>JA HOME</p>');
	await writeFile(join(dist, 'ja', 'services', 'waf', 'index.html'), '<p>WAF PAGE</p>');
	await writeFile(
		join(dist, 'ja', 'services', 'waf', 'index.html.gz'),
		gzipSync('<p>WAF PAGE</p>'),
	);
	await writeFile(join(dist, '_astro', 'site.abc123.js'), 'console.log(1)');
	await writeFile(join(dist, '404.html'), '<p>NOT FOUND PAGE</p>');
	await writeFile(
		join(dist, '_headers'),
		"/*\n  X-Content-Type-Options: nosniff\n  Content-Security-Policy: default-src 'self'\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n",
	);
	await writeFile(join(root, 'dist-secret', 'secret.txt'), 'SIBLING-SECRET');
	await writeFile(join(root, 'distsecret.txt'), 'PREFIX-SECRET');
	server = createSiteServer({ dir: dist, base: '/' });
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	port = (server.address() as AddressInfo).port;
});
after(async () => {
	server.close();
	await rm(root, { recursive: true, force: true });
});

/** Sends raw request bytes; resolves with the status line, headers and body as text. */
function raw(request: string): Promise<{ status: number; head: string; body: string }> {
	return new Promise((resolve, reject) => {
		const socket = connect(port, '127.0.0.1');
		let data = '';
		// A request the server keeps open (keep-alive, an incomplete line) ends after a second.
		socket.setTimeout(1000, () => socket.destroy());
		socket.on('data', (chunk) => (data += chunk.toString('latin1')));
		socket.on('error', reject);
		socket.on('close', () => {
			const [head = '', ...body] = data.split('\r\n\r\n');
			resolve({
				status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0),
				head,
				body: body.join('\r\n\r\n'),
			});
		});
		socket.write(request);
	});
}
const get = (target: string, extra = '') =>
	raw(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n${extra}\r\n`);

async function assertAlive() {
	const { status, body } = await get('/ja/');
	assert.equal(status, 200);
	assert.match(body, /JA HOME/);
}

test('pages, directory redirects and the 404 page carry the _headers values', async () => {
	const page = await get('/ja/services/waf/');
	assert.equal(page.status, 200);
	assert.match(page.head, /x-content-type-options: nosniff/i);
	assert.match(page.head, /content-security-policy: default-src 'self'/i);
	const redirect = await get('/ja/services/waf?x=1');
	assert.equal(redirect.status, 301);
	assert.match(redirect.head, /\r\nLocation: \/ja\/services\/waf\/\?x=1\r\n/i);
	assert.match(redirect.head, /x-content-type-options: nosniff/i);
	const missing = await get('/ja/services/nope/');
	assert.equal(missing.status, 404);
	assert.match(missing.body, /NOT FOUND PAGE/);
	assert.match(missing.head, /x-content-type-options: nosniff/i);
	const asset = await get('/_astro/site.abc123.js');
	assert.match(asset.head, /cache-control: public, max-age=31536000, immutable/i);
	assert.equal((await get('/_headers')).status, 404);
});

test('a reader whose browser accepts gzip gets the pre-compressed copy, with the same headers', async () => {
	const page = '/ja/services/waf/';
	const zipped = await fetch(`http://127.0.0.1:${port}${page}`, {
		headers: { 'Accept-Encoding': 'gzip' },
	});
	assert.equal(zipped.headers.get('content-encoding'), 'gzip');
	assert.match(zipped.headers.get('vary') ?? '', /Accept-Encoding/i);
	assert.equal(zipped.headers.get('content-security-policy'), "default-src 'self'");
	assert.equal(await zipped.text(), '<p>WAF PAGE</p>'); // fetch decodes it

	const plain = await raw(`GET ${page} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
	assert.doesNotMatch(plain.head, /content-encoding/i);
	assert.equal(plain.body, '<p>WAF PAGE</p>');
});

test('malformed percent-encoding gets 400 and the server keeps serving', async () => {
	for (const target of ['/%', '/%ZZ', '/%E0%A4%A', '/ja/%', '/%C0%AF', '/%00']) {
		assert.equal((await get(target)).status, 400, target);
	}
	await assertAlive();
});

test('traversal in any encoding never reaches a byte outside the served folder', async () => {
	for (const target of [
		'/../distsecret.txt',
		'/..%2Fdist-secret%2Fsecret.txt',
		'/..%2fdistsecret.txt',
		'/%2e%2e/distsecret.txt',
		'/%2e%2e%2fdist-secret/secret.txt',
		'/..%5cdistsecret.txt',
		'/..\\distsecret.txt',
		'/%252e%252e/distsecret.txt',
		'/ja/../../dist-secret/secret.txt',
		'/..%2F..%2F..%2F..%2Fetc%2Fpasswd',
	]) {
		const { status, body } = await get(target);
		assert.ok([400, 404].includes(status), `${target}: ${status}`);
		assert.doesNotMatch(body, /SECRET|root:/, target);
	}
	await assertAlive();
});

test('no request redirects off the site', async () => {
	for (const target of [
		'/%2Fevil.example%2F..%2Fja',
		'/%5Cevil.example%2F..%2Fja',
		'/%2F%2Fevil.example/..%2Fja',
		'//evil.example/ja',
		'/\\evil.example/ja',
		'http://evil.example/ja/',
	]) {
		const { status, head } = await get(target);
		assert.ok(status === 400 || status === 404, `${target}: ${status}`);
		assert.doesNotMatch(head, /location:/i, target);
	}
});

test('CR/LF and control characters never reach a header, and the server survives', async () => {
	for (const target of ['/%0d%0aSet-Cookie:x%3D1/ja', '/%0d%0a%2F..%2Fja', '/ja%09']) {
		const { status, head } = await get(target);
		assert.equal(status, 400, target);
		assert.doesNotMatch(head, /set-cookie/i);
	}
	const injected = await raw('GET /ja\r\nX: y HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n');
	assert.doesNotMatch(injected.head, /\r\nX: y/i);
	assert.doesNotMatch(injected.head, /location: (?!\/ja\/\r)/i);
	await assertAlive();
});

test('very long URLs are refused with 414 or 431', async () => {
	assert.equal((await get(`/${'a'.repeat(9000)}`)).status, 414);
	const huge = await get(`/?q=${'a'.repeat(20_000)}`);
	assert.ok([414, 431].includes(huge.status), String(huge.status));
	await assertAlive();
});

test('methods other than GET and HEAD get 405 with Allow; HEAD has no body', async () => {
	for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND']) {
		const { status, head } = await raw(
			`${method} /ja/ HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`,
		);
		assert.equal(status, 405, method);
		assert.match(head, /allow: GET, HEAD/i);
	}
	const head = await raw('HEAD /ja/ HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n');
	assert.equal(head.status, 200);
	assert.equal(head.body, '');
});

test('odd ranges and request lines do not break the server', async () => {
	assert.equal((await get('/ja/', 'Range: bytes=5-2\r\n')).status, 200);
	assert.equal((await get('/ja/', 'Range: bytes=0-3\r\n')).status, 206);
	assert.equal((await get('/ja/', 'Range: bytes=x-y,1-2\r\n')).status, 200);
	for (const request of [
		'GET\r\n\r\n',
		'\u0000\u0001garbage\r\n\r\n',
		'GET / \r\n\r\n',
		'OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n',
	]) {
		const { status } = await raw(request);
		assert.ok([0, 400, 405].includes(status), `${JSON.stringify(request)}: ${status}`);
	}
	await assertAlive();
});

test('a served folder holding a symlink is refused at start', async () => {
	const dist = join(root, 'linked');
	await mkdir(dist);
	await symlink('/etc/passwd', join(dist, 'passwd.txt'));
	assert.throws(
		() => createSiteServer({ dir: dist, base: '/' }),
		/passwd\.txt: refusing to serve symlinks/,
	);
});

test('request targets are parsed into a decoded path and the raw query', () => {
	assert.deepEqual(parseTarget('/ja/%E6%A4%9C%E7%B4%A2/?q=a%20b'), {
		path: '/ja/検索/',
		query: '?q=a%20b',
	});
	assert.deepEqual(parseTarget('/a/./b'), { status: 400 });
});
