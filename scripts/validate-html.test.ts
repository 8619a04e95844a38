// The HTML validator on planted defects: invalid markup and inline styles fail.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateHtml } from './validate-html.ts';

let dir: string;
const doc = (body: string) =>
	`<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;

before(async () => {
	dir = await mkdtemp(join(tmpdir(), 'atlas-html-'));
});
after(async () => {
	await rm(dir, { recursive: true, force: true });
});

async function check(body: string) {
	const file = join(dir, `${Math.random().toString(36).slice(2)}.html`);
	await writeFile(file, doc(body));
	return validateHtml([file]);
}

test('valid markup passes', async () => {
	assert.equal((await check('<main><h1>Title</h1><p>Text</p></main>')).valid, true);
});

test('invalid nesting fails with the rule and position', async () => {
	const { valid, report } = await check('<p><div>block in a paragraph</div></p>');
	assert.equal(valid, false);
	assert.match(report, /\d+:\d+\s+error/);
});

test('an inline style attribute fails (the CSP forbids it)', async () => {
	const { valid, report } = await check('<p style="color: red">x</p>');
	assert.equal(valid, false);
	assert.match(report, /no-inline-style/);
});
