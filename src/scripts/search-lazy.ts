// Everything search needs in the browser, as one file loaded on demand (search-box.ts) by the
// header search box and the search page. It holds no dynamic import itself, so it has no shared
// dependency and the script every page loads stays one file.
export { SearchEngine } from './search-engine.ts';
export { renderResult, replaceResults } from './search-render.ts';
export { open, prepare } from './search-dialog.ts';
export { isTooShort, normalizeQuery } from '../lib/search-query.ts';
