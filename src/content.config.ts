/** Registers the reference pages: content/<lang>/services/<slug>.mdx, ids like ja/services/waf. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { serviceSchema } from './schema.ts';

const services = defineCollection({
	// retainBody: false: nothing reads entry.body (MDX renders from its compiled module, the
	// checks read the files), and each body would otherwise ride along in the data store module
	// that every build bundles and loads (~12 MB of text at 500 pages per language).
	loader: glob({ base: './content', pattern: '*/services/*.mdx', retainBody: false }),
	schema: serviceSchema,
});

export const collections = { services };
