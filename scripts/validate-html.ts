/**
 * Validates every built page twice:
 * - the W3C Nu validator (npm `vnu-jar`, needs Java), the reference for what HTML allows
 *   (e.g. no role=status inside a heading, no <script> after </html>);
 * - html-validate (recommended rules, see .htmlvalidate.json), for what Nu does not check:
 *   inline styles (the Content-Security-Policy forbids them), redundant or missing attributes.
 * Usage: node scripts/validate-html.ts [dist]
 */
import { spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { HtmlValidate, formatterFactory, type ConfigData } from 'html-validate';

export interface ValidationResult {
	valid: boolean;
	/** Formatted problems; '' when valid. */
	report: string;
}

/** Validates the given HTML files with html-validate and the project's rules. */
export async function validateHtml(files: readonly string[]): Promise<ValidationResult> {
	// The project's rules, wherever the files are (tests validate files in a temp folder).
	const config = JSON.parse(
		await readFile(new URL('../.htmlvalidate.json', import.meta.url), 'utf8'),
	) as ConfigData;
	const validator = new HtmlValidate(config);
	const reports = await Promise.all(files.map((file) => validator.validateFile(file)));
	const results = reports.flatMap((r) => r.results);
	return { valid: reports.every((r) => r.valid), report: formatterFactory('stylish')(results) };
}

/** How to get Java, said where the validator would otherwise fail with ENOENT. */
export const JAVA_MISSING =
	'The W3C HTML validator (vnu-jar) needs Java 11 or later, and `java` is not on PATH.\n' +
	'  Debian/Ubuntu: sudo apt-get install default-jre-headless\n' +
	'  macOS: brew install openjdk\n' +
	'  or run `bash .ci/run`, which installs it.';

/** True when a `java` command runs. */
export function hasJava(): boolean {
	return spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
}

/** Validates the given HTML files with the W3C Nu validator (errors only). */
export function validateWithNu(files: readonly string[]): ValidationResult {
	if (!hasJava()) return { valid: false, report: JAVA_MISSING };
	const jar = join(
		dirname(createRequire(import.meta.url).resolve('vnu-jar')),
		'build/dist/vnu.jar',
	);
	const result = spawnSync(
		'java',
		['-Xss4m', '-jar', jar, '--errors-only', '--format', 'gnu', ...files],
		{ encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
	);
	const report = `${result.stdout}${result.stderr}`
		.trim()
		.split('\n')
		.filter(Boolean)
		// "file:/abs/dist/x.html":1.2-1.9: error: … → dist/x.html:1.2-1.9: error: …
		.map((line) => line.replace(/^"?file:([^"]+)"?/, (_, path: string) => relative('.', path)))
		.join('\n');
	return { valid: result.status === 0, report };
}

if (import.meta.main) {
	const dist = process.argv[2] ?? 'dist';
	const entries = await readdir(dist, { recursive: true, withFileTypes: true });
	const files = entries
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => join(e.parentPath, e.name));
	const nu = validateWithNu(files);
	const rules = await validateHtml(files);
	if (!nu.valid) console.error(`W3C Nu validator:\n${nu.report}\n`);
	if (!rules.valid) console.error(`html-validate:\n${rules.report}`);
	if (!nu.valid || !rules.valid) process.exit(1);
	console.log(`html ok: ${files.length} pages valid (W3C Nu validator and html-validate)`);
}
