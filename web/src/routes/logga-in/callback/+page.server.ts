import { error, redirect } from '@sveltejs/kit';
import { finishSignIn } from '$lib/server/oidc.ts';
import { editorOfToken, oidcSignIn, setSession } from '$lib/server/session.ts';
import type { PageServerLoad } from './$types';

/**
 * Where the issuer sends the browser back with the code (register this URI at the issuer). A page,
 * not an endpoint, so that a refusal is shown on the site's own error page, in its layout.
 */
export const load: PageServerLoad = async ({ cookies, url, setHeaders }) => {
  if (!oidcSignIn()) error(404, 'Inloggning via identitetsleverantör är inte påslagen här.');
  setHeaders({ 'cache-control': 'no-store' });
  const token = await finishSignIn(cookies, url);
  // Kept only if the gateway will take it: same check, same key set, issuer and audience.
  const editor = await editorOfToken(token);
  if (editor instanceof Error) {
    if (editor.reason === 'role') {
      error(403, 'Du är inloggad hos identitetsleverantören, men ditt konto har ingen roll i Finsam-hubben (redaktör för ett förbund eller nationell administratör). Kontakta den som administrerar hubben.');
    }
    // Issuer, audience or key not as the gateway expects: a configuration to fix, not the person's doing.
    error(503, 'Identitetsleverantörens inloggning godtas inte av hubben just nu (utfärdare, mottagare eller nyckel stämmer inte). Kontakta den som administrerar hubben.');
  }
  setSession(cookies, token, editor.expiresAt - Date.now() / 1000, url);
  redirect(303, '/redigera');
};
