import { redirect } from '@sveltejs/kit';
import { signOutUrl } from '$lib/server/oidc.ts';
import { oidcSignIn, signOut } from '$lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
  default: async ({ cookies, url }) => {
    signOut(cookies);
    // Signed in at an issuer: sign out there too, or the next sign-in would pass straight through.
    redirect(303, (oidcSignIn() && (await signOutUrl(url))) || '/');
  },
};
