import { json } from '@sveltejs/kit';

/** Liveness of the pages' process, for scripts/stack.ts (the gateway answers its own /health). */
export function GET() {
  return json({ status: 'ok', service: 'web' });
}
