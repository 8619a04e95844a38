/** Registers the reference pages: content/<lang>/services/<slug>.mdx, ids like ja/services/waf. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { serviceSchema } from './schema.ts';

const services = defineCollection({
	loader: glob({ base: './content', pattern: '*/services/*.mdx' }),
	schema: serviceSchema,
});

export const collections = { services };
