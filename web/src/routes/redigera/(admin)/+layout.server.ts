import { nationalAdminFrom } from '$lib/server/session.ts';
import type { LayoutServerLoad } from './$types';

/**
 * The registry's and the method library's forms are national_admin's (README "Who may read and write
 * what"): a förbund editor who types their address is answered 403. Each form action asks again, as
 * SvelteKit runs actions without this load.
 */
export const load: LayoutServerLoad = async ({ cookies }) => {
  await nationalAdminFrom(cookies);
  return {};
};
