// The HTML validators on planted defects: invalid markup and inline styles fail (html-validate);
// what only the W3C Nu validator catches fails there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasJava, validateHtml, validateWithNu } from './validate-html.ts';

let dir: string;
const doc = (body: string) =>
	`<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;

before(async () => {
	dir = await mkdtemp(join(tmpdir(), 'atlas-html-'));
});
after(async () => {
	await rm(dir, { recursive: true, force: true });
});

async function write(html: string) {
	const file = join(dir, `${Math.random().toString(36).slice(2)}.html`);
	await writeFile(file, html);
	return file;
}

async function check(body: string) {
	return validateHtml([await write(doc(body))]);
}

// Without Java the script itself fails with JAVA_MISSING; these tests need the validator.
const nu = { skip: !hasJava() && 'Java is not installed (the W3C validator needs it)' };

test('the W3C validator passes a valid page', nu, async () => {
	const result = validateWithNu([await write(doc('<main><h1>Title</h1><p>Text</p></main>'))]);
	assert.equal(result.report, '');
	assert.equal(result.valid, true);
});

test(
	'the W3C validator rejects a live region inside a heading, naming file and line',
	nu,
	async () => {
		const file = await write(doc('<h2 id="x">Title<span role="status"></span></h2>'));
		const { valid, report } = validateWithNu([file]);
		assert.equal(valid, false);
		assert.match(
			report,
			/\.html:\d+\.\d+-\d+\.\d+: error: .*role=status.* must not appear as a descendant/,
		);
	},
);

test('the W3C validator rejects a script after </html>', nu, async () => {
	const file = await write(`${doc('<p>x</p>')}<script src="/a.js"></script>`);
	const { valid, report } = validateWithNu([file]);
	assert.equal(valid, false);
	assert.match(report, /Stray start tag/);
});

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
