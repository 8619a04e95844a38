/**
 * Sätteri features shared by the page renderer (render-page.ts) and the checks (page-source.ts),
 * so the linter parses exactly what the build renders.
 */
export const MARKDOWN_FEATURES = { headingAttributes: true } as const;
