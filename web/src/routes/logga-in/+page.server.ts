import { error, fail, redirect } from '@sveltejs/kit';
import { startSignIn } from '$lib/server/oidc.ts';
import { DEMO_IDENTITIES, developmentSignIn, oidcSignIn, signIn } from '$lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

/** `?utgangen`: the editor's session expired (redigera/+layout.server.ts); the page says so first. */
export const load: PageServerLoad = async ({ cookies, url }) => {
  const expired = url.searchParams.has('utgangen');
  // With an issuer, going to sign in means going there, unless the page first has something to say.
  if (oidcSignIn() && !expired) redirect(303, await startSignIn(cookies, url));
  const development = developmentSignIn();
  return {
    development,
    oidc: oidcSignIn(),
    expired,
    identities: development ? DEMO_IDENTITIES.map(({ id, label }) => ({ id, label })) : [],
  };
};

export const actions: Actions = {
  default: async ({ request, cookies, url }) => {
    if (oidcSignIn()) redirect(303, await startSignIn(cookies, url));
    if (!developmentSignIn()) error(404, 'Inloggning med demoidentiteter finns bara i utveckling.');
    const id = (await request.formData()).get('identitet');
    const identity = DEMO_IDENTITIES.find((i) => i.id === id);
    if (!identity) return fail(400, { message: 'Välj en av identiteterna.' });
    await signIn(cookies, identity, url);
    redirect(303, '/redigera');
  },
};
