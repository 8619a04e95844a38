// Test helpers: entries built through the real schema, so defaults match real content.
import { serviceSchema, type Service } from '../schema.ts';
import type { ServiceEntry } from './navigation.ts';

/** A valid page's frontmatter; override any field. */
export function serviceData(overrides: Record<string, unknown> = {}): Service {
	return serviceSchema.parse({
		title: 'Example',
		summary: 'An example page.',
		kind: 'service',
		category: 'detection-response',
		layer: 'account',
		purpose: 'threat-detection',
		stateful: 'not-applicable',
		orgScope: 'account',
		awsDocs: 'https://docs.aws.amazon.com/',
		reviewed: '2026-11-30',
		...overrides,
	});
}

/** A collection entry `<locale>/services/<slug>` with frontmatter overrides. */
export function entry(
	locale: string,
	slug: string,
	overrides: Record<string, unknown> = {},
): ServiceEntry {
	return { id: `${locale}/services/${slug}`, data: serviceData({ title: slug, ...overrides }) };
}

/** The same page in ja and en (titles differ, neutral fields equal). */
export function twins(slug: string, overrides: Record<string, unknown> = {}): ServiceEntry[] {
	return [entry('ja', slug, overrides), entry('en', slug, overrides)];
}
