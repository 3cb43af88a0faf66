import { error, fail, redirect } from '@sveltejs/kit';
import { DEMO_IDENTITIES, developmentSignIn, signIn } from '$lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
  development: developmentSignIn(),
  identities: DEMO_IDENTITIES.map(({ id, label }) => ({ id, label })),
});

export const actions: Actions = {
  default: async ({ request, cookies, url }) => {
    if (!developmentSignIn()) error(404, 'Inloggning med demoidentiteter finns bara i utveckling.');
    const id = (await request.formData()).get('identitet');
    const identity = DEMO_IDENTITIES.find((i) => i.id === id);
    if (!identity) return fail(400, { message: 'Välj en av identiteterna.' });
    await signIn(cookies, identity, url.protocol === 'https:');
    redirect(303, '/redigera');
  },
};
