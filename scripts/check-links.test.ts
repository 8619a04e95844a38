// The link checker on a small built site with planted defects: each defect is reported with the
// page, the link and what is wrong.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { formatLinkProblems } from '../src/lib/link-check.ts';
import { checkLinks, describePage } from './check-links.ts';

let dist: string;
const page = (lang: string, body: string) =>
	`<!doctype html><html lang="${lang}"><head><title>t</title></head><body>${body}</body></html>`;

before(async () => {
	dist = await mkdtemp(join(tmpdir(), 'atlas-links-'));
	const files: Record<string, string> = {
		'ja/index.html': page(
			'ja',
			'<a href="/ja/services/waf/#rules">ok</a><a href="/en/" hreflang="en">English</a><img src="/logo.svg" alt="">',
		),
		'ja/services/waf/index.html': page(
			'ja',
			'<h2 id="rules">r</h2><a href="../shield/">missing page</a><a href="#nope">missing anchor</a><a href="/en/services/waf/">wrong language</a><a href="https://aws.amazon.com/">external</a>',
		),
		'en/services/waf/index.html': page(
			'en',
			'<h2 id="rules">r</h2><p id="rules">duplicate id</p><script src="/_astro/missing.js"></script>',
		),
		'en/index.html': page('en', '<button type="button" onclick="alert(1)">x</button>'),
		// A page in two languages (the 404 page): each part links within its own language.
		'404.html': page(
			'ja',
			'<div lang="en"><a href="/en/">home</a></div><a href="/ja/">ホーム</a><div lang="en"><p lang="ja"><a href="/en/">wrong</a></p></div>',
		),
		'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
	};
	for (const [file, content] of Object.entries(files)) {
		await mkdir(dirname(join(dist, file)), { recursive: true });
		await writeFile(join(dist, file), content);
	}
});
after(async () => {
	await rm(dist, { recursive: true, force: true });
});

test('every planted defect is reported, and nothing else', async () => {
	const { problems } = await checkLinks(dist, '/', 'http://localhost:4321');
	assert.deepEqual(
		formatLinkProblems(problems).split('\n').sort(),
		[
			'en/services/waf/index.html: "/_astro/missing.js" no file _astro/missing.js in the build',
			'en/services/waf/index.html: id "rules" appears more than once',
			'en/index.html: inline event handler onclick on <button>; expected a script file',
			'ja/services/waf/index.html: "#nope" no element with id "nope" on ja/services/waf/index.html',
			'ja/services/waf/index.html: "../shield/" no file ja/services/shield/index.html in the build',
			'ja/services/waf/index.html: "/en/services/waf/" a ja page links to a en page; expected links within the same language (mark a deliberate switch with hreflang)',
			'404.html: "/en/" a ja page links to a en page; expected links within the same language (mark a deliberate switch with hreflang)',
		].sort(),
	);
});

test('under a base path, links must stay inside it', async () => {
	const { problems } = await checkLinks(dist, '/atlas/', 'http://localhost:4321');
	assert.ok(problems.some((p) => p.message === 'points outside the base path /atlas/'));
});

test('a link inside an element in another language is read in that language', () => {
	const described = describePage('x.html', page('ja', '<div lang="en"><a href="/en/">e</a></div>'));
	assert.deepEqual(described.links, [{ url: '/en/', lang: 'en', hreflang: undefined }]);
});

test('pages are read with their language, ids and links', () => {
	const described = describePage(
		'x.html',
		page(
			'en',
			'<a id="a" href="/y/" hreflang="ja">y</a><svg><a href="/z/"><text>z</text></a></svg>',
		),
	);
	assert.equal(described.lang, 'en');
	assert.deepEqual(described.ids, ['a']);
	assert.deepEqual(described.links, [
		{ url: '/y/', hreflang: 'ja' },
		{ url: '/z/', hreflang: undefined },
	]);
	assert.deepEqual(described.handlers, []);
});
