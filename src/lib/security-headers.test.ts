// Each security header is asserted as a whole, so dropping or loosening one fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
	contentSecurityPolicy,
	headersForPath,
	parseHeadersFile,
	renderHeadersFile,
	scriptHash,
	securityHeaders,
} from './security-headers.ts';

const SCRIPT = 'document.documentElement.dataset.theme = "dark";';

function directives(policy: string): Map<string, string> {
	return new Map(
		policy.split(';').map((d) => {
			const [name = '', ...sources] = d.trim().split(/\s+/);
			return [name, sources.join(' ')];
		}),
	);
}

test('the policy allows our own files only, the theme script by hash and wasm, nothing else', () => {
	const policy = directives(contentSecurityPolicy([SCRIPT]));
	assert.deepEqual(Object.fromEntries(policy), {
		'default-src': "'self'",
		'script-src': `'self' 'wasm-unsafe-eval' ${scriptHash(SCRIPT)}`,
		'style-src': "'self'",
		'img-src': "'self'",
		'connect-src': "'self'",
		'worker-src': "'self'",
		'object-src': "'none'",
		'base-uri': "'self'",
		'form-action': "'self'",
		'frame-ancestors': "'none'",
	});
	for (const loose of [
		"'unsafe-inline'",
		"'unsafe-eval'",
		'data:',
		'blob:',
		'*',
		'http:',
		'https:',
	]) {
		assert.ok(
			[...policy.values()].every((sources) => !sources.split(' ').includes(loose)),
			`no directive may allow ${loose}`,
		);
	}
});

test('the meta policy is the header policy minus what a meta tag cannot carry', () => {
	const meta = contentSecurityPolicy([SCRIPT], { forMeta: true });
	const header = contentSecurityPolicy([SCRIPT]);
	assert.equal(`${meta}; frame-ancestors 'none'`, header);
});

test('every response gets nosniff, a referrer policy, a permissions policy and the CSP', () => {
	assert.deepEqual(securityHeaders([SCRIPT]), {
		'Content-Security-Policy': contentSecurityPolicy([SCRIPT]),
		'X-Content-Type-Options': 'nosniff',
		'Referrer-Policy': 'strict-origin-when-cross-origin',
		'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
	});
});

test('the _headers file applies to every path below the base, and caches hashed assets a year', () => {
	const text = renderHeadersFile('/atlas', securityHeaders([SCRIPT]));
	const rules = parseHeadersFile(text);
	assert.deepEqual(headersForPath(rules, '/atlas/ja/'), securityHeaders([SCRIPT]));
	assert.equal(
		headersForPath(rules, '/atlas/_astro/site.abc.js')['Cache-Control'],
		'public, max-age=31536000, immutable',
	);
	assert.equal(headersForPath(rules, '/atlas/ja/')['Cache-Control'], undefined);
	assert.deepEqual(headersForPath(rules, '/elsewhere/'), {});
});
