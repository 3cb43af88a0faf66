import { version } from '$app/environment';
import type { Handle, HandleFetch, ServerInit } from '@sveltejs/kit';
import { PAGES_VERSION_HEADER } from '@finsam/core/pages-version';
import { endpointUrl, forVisitor, webConfig } from '$lib/server/api.ts';
import { newPageReads, noteRead, pageCacheControl } from '$lib/server/page-cache.ts';

/** A missing or bad variable (WEB_SECRET or JWT_SECRET in production) stops the process at start, naming it. */
export const init: ServerInit = () => {
  webConfig();
};

/**
 * A public page says how long shared caches may keep it (lib/server/page-cache.ts). Every answer says
 * which build made it, so that the gateway's page cache serves no page of an earlier build after a
 * redeploy (gateway/src/page-cache.ts).
 */
export const handle: Handle = async ({ event, resolve }) => {
  event.locals.reads = newPageReads();
  const response = await resolve(event);
  const cacheControl = pageCacheControl(event.request, response, event.locals.reads);
  if (cacheControl) response.headers.set('cache-control', cacheControl);
  response.headers.set(PAGES_VERSION_HEADER, version);
  return response;
};

/**
 * The pages' requests to the gateway carry the visitor's address (api.ts, forVisitor), and each
 * answer's Cache-Control is noted for the page's own.
 */
export const handleFetch: HandleFetch = async ({ event, request, fetch }) => {
  const toGateway = request.url === endpointUrl();
  const response = await fetch(forVisitor(request, () => event.getClientAddress()));
  if (toGateway) noteRead(event.locals.reads, response.headers.get('cache-control'), response.headers.get('age'));
  return response;
};
