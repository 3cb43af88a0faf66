/**
 * The build of the pages (SvelteKit's `version` from $app/environment, new with every `vite build`),
 * which the pages put on every answer their hooks make (web/src/hooks.server.ts). The gateway's page
 * cache serves a kept page only while the pages still answer with the build that made it
 * (gateway/src/page-cache.ts): a page of an earlier build links to /_app/immutable files that the new
 * build no longer has.
 */
export const PAGES_VERSION_HEADER = 'x-pages-version';
