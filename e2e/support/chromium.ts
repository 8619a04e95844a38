// Which Chromium the tests drive: Playwright's own build when installed (as on a laptop after
// `npx playwright install chromium`), else CHROMIUM_PATH, else Debian's /usr/bin/chromium.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** The executable path to launch, or undefined for Playwright's own browser. */
export function findChromium(): string | undefined {
	if (process.env.CHROMIUM_PATH) {
		if (existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
		throw new Error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.`);
	}
	try {
		if (existsSync(chromium.executablePath())) return undefined;
	} catch {
		// Playwright's browsers are not installed: fall through to the system one.
	}
	for (const path of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
		if (existsSync(path)) return path;
	}
	throw new Error(
		'No Chromium found for the e2e tests. Install one with `npx playwright install chromium`, ' +
			'or `apt-get install chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium binary.',
	);
}
