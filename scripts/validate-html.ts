/**
 * Validates every built page with html-validate (recommended rules, see .htmlvalidate.json,
 * plus no-inline-style, which the Content-Security-Policy forbids anyway).
 * Usage: node scripts/validate-html.ts [dist]
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HtmlValidate, formatterFactory, type ConfigData } from 'html-validate';

/** Validates the given HTML files; returns the formatted problems ('' when all are valid). */
export async function validateHtml(
	files: readonly string[],
): Promise<{ valid: boolean; report: string }> {
	// The project's rules, wherever the files are (tests validate files in a temp folder).
	const config = JSON.parse(
		await readFile(new URL('../.htmlvalidate.json', import.meta.url), 'utf8'),
	) as ConfigData;
	const validator = new HtmlValidate(config);
	const reports = await Promise.all(files.map((file) => validator.validateFile(file)));
	const results = reports.flatMap((r) => r.results);
	return { valid: reports.every((r) => r.valid), report: formatterFactory('stylish')(results) };
}

if (import.meta.main) {
	const dist = process.argv[2] ?? 'dist';
	const entries = await readdir(dist, { recursive: true, withFileTypes: true });
	const files = entries
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => join(e.parentPath, e.name));
	const { valid, report } = await validateHtml(files);
	if (!valid) {
		console.error(report);
		process.exit(1);
	}
	console.log(`html ok: ${files.length} pages valid`);
}
