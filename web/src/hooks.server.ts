import type { HandleFetch, ServerInit } from '@sveltejs/kit';
import { forVisitor, webConfig } from '$lib/server/api.ts';

/** A missing or bad variable (WEB_SECRET in production) stops the process at start, naming it. */
export const init: ServerInit = () => {
  webConfig();
};

/** The pages' requests to the gateway carry the visitor's address (api.ts, forVisitor). */
export const handleFetch: HandleFetch = ({ event, request, fetch }) => fetch(forVisitor(request, () => event.getClientAddress()));
