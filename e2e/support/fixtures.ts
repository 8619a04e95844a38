// Every e2e test runs with these guards (an automatic fixture): no console error, no failed
// request, no HTTP error and no request to another origin. A test expecting a 404 says so.
import { test as base, expect } from '@playwright/test';

interface Guards {
	/** Accept HTTP errors for URLs matching `pattern` (e.g. a deliberate 404). */
	allowHttpErrors: (pattern: RegExp) => void;
}

export const test = base.extend<{ guards: Guards }>({
	guards: [
		async ({ page, baseURL }, use) => {
			const problems: string[] = [];
			const allowed: RegExp[] = [];
			const origin = new URL(baseURL!).origin;
			page.on('console', (message) => {
				if (message.type() === 'error' && !allowed.some((p) => p.test(message.text()))) {
					problems.push(`console error: ${message.text()}`);
				}
			});
			page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
			page.on('requestfailed', (request) => {
				const failure = request.failure()?.errorText ?? '';
				if (!failure.includes('ERR_ABORTED'))
					problems.push(`request failed: ${request.url()} ${failure}`);
			});
			page.on('request', (request) => {
				const url = new URL(request.url());
				if (['http:', 'https:'].includes(url.protocol) && url.origin !== origin) {
					problems.push(`third-party request: ${request.url()}`);
				}
			});
			page.on('response', (response) => {
				if (response.status() >= 400 && !allowed.some((p) => p.test(response.url()))) {
					problems.push(`HTTP ${response.status()}: ${response.url()}`);
				}
			});
			await use({ allowHttpErrors: (pattern) => allowed.push(pattern) });
			expect(problems, 'console errors, failed or third-party requests').toEqual([]);
		},
		{ auto: true },
	],
});

export { expect };
