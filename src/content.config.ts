/** Registers the reference pages: content/<lang>/services/<slug>.mdx, ids like ja/services/waf. */
import { defineCollection } from 'astro:content';
import { servicePages } from './loaders/service-pages.ts';
import { serviceSchema } from './schema.ts';

const services = defineCollection({ loader: servicePages(), schema: serviceSchema });

export const collections = { services };
