// E2E runs against the built site served by scripts/serve.ts (run `npm run build` first).
// BASE_PATH and DIST_DIR select a sub-path build (see scripts/test-subpath.ts).
// Chromium: Playwright's own when installed, else CHROMIUM_PATH or Debian's /usr/bin/chromium.
import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './e2e/support/chromium.ts';
import { normalizeBase } from './src/lib/urls.ts';

const port = Number(process.env.E2E_PORT ?? 4321);
const base = normalizeBase(process.env.BASE_PATH ?? '/');

export default defineConfig({
	testDir: 'e2e',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	forbidOnly: !!process.env.CI,
	retries: 0,
	reporter: process.env.CI ? [['list']] : [['list']],
	timeout: 30_000,
	use: {
		baseURL: `http://localhost:${port}${base}`,
		trace: 'off',
		launchOptions: {
			executablePath: findChromium(),
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
			],
		},
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: {
		command: `node scripts/serve.ts --port ${port} --dir ${process.env.DIST_DIR ?? 'dist'}`,
		url: `http://localhost:${port}${base}`,
		reuseExistingServer: !process.env.CI,
		timeout: 30_000,
	},
});
