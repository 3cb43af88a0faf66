import { SignJWT, jwtVerify } from 'jose';
import { error, redirect, type Cookies } from '@sveltejs/kit';
import { parseWebConfig, type WebConfig } from '@finsam/core/config';

/**
 * The editor's session (issue 13, deliverable 3): the hub token itself in an HttpOnly, SameSite=Lax
 * cookie, so no script can read it and no other site's form sends it along on a POST. SvelteKit
 * refuses form posts from another origin (its CSRF check of Origin), which the gateway's proxy keeps
 * meaningful by passing the browser's host on.
 *
 * Development only, for now: the sign-in page offers the demo identities and mints a token as
 * `npm run token` does (HS256 with JWT_SECRET). Production's OIDC sign-in is not built yet.
 */
export const COOKIE = 'finsam_session';
const HOURS = 8;

export interface Editor {
  role: 'forbund_editor' | 'national_admin';
  forbund?: string;
  label: string;
  token: string;
}

/** The demo identities of the development sign-in; förbund ids as in the demo data. */
export const DEMO_IDENTITIES = [
  { id: 'sodertalje-nykvarn', role: 'forbund_editor', forbund: 'sodertalje-nykvarn', label: 'Redaktör för Södertälje–Nykvarn' },
  { id: 'halmstad', role: 'forbund_editor', forbund: 'halmstad', label: 'Redaktör för Halmstad' },
  { id: 'admin', role: 'national_admin', label: 'Nationell administratör' },
] as const;

let cfg: WebConfig | undefined;
const config = () => (cfg ??= parseWebConfig());

export function developmentSignIn(): boolean {
  const c = config();
  return c.NODE_ENV !== 'production' && !c.OIDC_JWKS_URL;
}

const key = () => new TextEncoder().encode(config().JWT_SECRET);

export async function signIn(cookies: Cookies, identity: (typeof DEMO_IDENTITIES)[number], secure: boolean): Promise<void> {
  const c = config();
  const claims = identity.role === 'forbund_editor' ? { role: identity.role, forbund: identity.forbund, label: identity.label } : { role: identity.role, label: identity.label };
  const token = await new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(`web-dev-${identity.id}`)
    .setIssuer(c.JWT_ISSUER)
    .setAudience(c.JWT_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${HOURS}h`)
    .sign(key());
  cookies.set(COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge: HOURS * 3600 });
}

export function signOut(cookies: Cookies): void {
  cookies.delete(COOKIE, { path: '/' });
}

/** The signed-in editor, or undefined; a token that fails verification counts as none. */
export async function editorFrom(cookies: Cookies): Promise<Editor | undefined> {
  const token = cookies.get(COOKIE);
  if (!token || !developmentSignIn()) return undefined;
  try {
    const { payload } = await jwtVerify(token, key(), { issuer: config().JWT_ISSUER, audience: config().JWT_AUDIENCE, algorithms: ['HS256'] });
    const role = payload.role === 'national_admin' ? 'national_admin' : payload.role === 'forbund_editor' ? 'forbund_editor' : undefined;
    if (!role) return undefined;
    return { role, forbund: typeof payload.forbund === 'string' ? payload.forbund : undefined, label: String(payload.label ?? role), token };
  } catch {
    return undefined;
  }
}

/**
 * The signed-in editor for a page's load or a form action under /redigera; without a session, or with one
 * that has expired or fails verification, to the sign-in page. Every action asks itself, as SvelteKit
 * runs a form action without the layout's load: to a client that takes JSON (SvelteKit's enhanced form,
 * curl by default) the action's answer is the whole answer, and one that assumed a session answered 500.
 */
export async function signedInEditor(cookies: Cookies): Promise<Editor> {
  const editor = await editorFrom(cookies);
  if (!editor) redirect(303, '/logga-in');
  return editor;
}

/**
 * The signed-in national_admin, for the registry's and the method library's forms (README "Who may read
 * and write what"). A load and a form action each ask: SvelteKit runs an action without the layout's load,
 * so a guard in the layout alone would let a forbund_editor post to the forms (the API would refuse,
 * but the page would not say 403). Without a session, to the sign-in page; any other role, 403.
 */
export async function nationalAdminFrom(cookies: Cookies): Promise<Editor> {
  const editor = await signedInEditor(cookies);
  if (editor.role !== 'national_admin') error(403, 'Bara nationella administratörer får ändra registret och metodbiblioteket.');
  return editor;
}
