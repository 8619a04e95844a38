/**
 * Sätteri features shared by the build (astro.config.mjs) and the content scripts, so the
 * linter parses exactly what the build renders.
 */
export const MARKDOWN_FEATURES = { headingAttributes: true } as const;
