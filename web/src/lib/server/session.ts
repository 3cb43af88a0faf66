import { error, redirect, type Cookies } from '@sveltejs/kit';
import { createTokenCheck, issueDevToken, TokenError, type TokenCheck } from '@finsam/core/token';
import { webConfig } from './api.ts';

/**
 * The editor's session (issue 13, deliverable 3): the hub token itself in an HttpOnly, SameSite=Lax
 * cookie, so no script can read it and no other site's form sends it along on a POST. SvelteKit
 * refuses form posts from another origin (its CSRF check of Origin), which the gateway's proxy keeps
 * meaningful by passing the browser's host on.
 *
 * Two ways in. In development the sign-in page offers the demo identities and mints a token as
 * `npm run token` does (HS256 with JWT_SECRET). With OIDC_CLIENT_ID the pages sign in at the issuer
 * (authorization code with PKCE, lib/server/oidc.ts) and keep the access token it issues for the
 * gateway. Either way the token is verified here exactly as the gateway verifies it (core's token.ts).
 */
export const COOKIE = 'finsam_session';
const HOURS = 8;

export interface Editor {
  role: 'forbund_editor' | 'national_admin';
  forbund?: string;
  label: string;
  token: string;
  /** The token's `exp`, in seconds since the epoch. */
  expiresAt: number;
}

/** The demo identities of the development sign-in; förbund ids as in the demo data. */
export const DEMO_IDENTITIES = [
  { id: 'sodertalje-nykvarn', role: 'forbund_editor', forbund: 'sodertalje-nykvarn', label: 'Redaktör för Södertälje–Nykvarn' },
  { id: 'halmstad', role: 'forbund_editor', forbund: 'halmstad', label: 'Redaktör för Halmstad' },
  { id: 'admin', role: 'national_admin', label: 'Nationell administratör' },
] as const;


let check: TokenCheck | undefined;
const verify = (token: string) => (check ??= createTokenCheck(webConfig()))(token);

/** The demo identities are offered only in development, and never beside an OIDC issuer. */
export function developmentSignIn(): boolean {
  const c = webConfig();
  return c.NODE_ENV !== 'production' && !c.OIDC_JWKS_URL && !c.OIDC_CLIENT_ID;
}

/** Sign-in at the OIDC issuer (lib/server/oidc.ts). */
export function oidcSignIn(): boolean {
  return Boolean(webConfig().OIDC_CLIENT_ID);
}

/** Secure in production whatever the proxy says, and wherever the browser came by https. */
export function secureCookies(url: URL): boolean {
  return webConfig().NODE_ENV === 'production' || url.protocol === 'https:';
}

export async function signIn(cookies: Cookies, identity: (typeof DEMO_IDENTITIES)[number], url: URL): Promise<void> {
  const claims = identity.role === 'forbund_editor' ? { role: identity.role, forbund: identity.forbund } : { role: identity.role };
  const token = await issueDevToken(webConfig(), { ...claims, label: identity.label, sub: `web-dev-${identity.id}` }, `${HOURS}h`);
  setSession(cookies, token, HOURS * 3600, url);
}

/** Keeps a verified token as the session, for as long as the token itself is valid. */
export function setSession(cookies: Cookies, token: string, maxAgeSeconds: number, url: URL): void {
  cookies.set(COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: secureCookies(url), maxAge: Math.max(1, Math.floor(maxAgeSeconds)) });
}

export function signOut(cookies: Cookies): void {
  cookies.delete(COOKIE, { path: '/' });
}

/** What the gateway will make of a token: the editor it names, or why it names none. */
export async function editorOfToken(token: string): Promise<Editor | TokenError> {
  try {
    const { identity, claims } = await verify(token);
    const forbund = identity.role === 'forbund_editor' ? identity.forbundId : undefined;
    // The development token names its demo identity; an issuer's token may carry the person's name.
    const named = typeof claims.label === 'string' ? claims.label : typeof claims.name === 'string' ? claims.name : undefined;
    const label = named ?? (forbund ? `Redaktör för ${forbund}` : 'Nationell administratör');
    return { role: identity.role, forbund, label, token, expiresAt: claims.exp! };
  } catch (error) {
    if (error instanceof TokenError) return error;
    throw error;
  }
}

export interface Session {
  editor?: Editor;
  /** The cookie held a token that has since expired: the sign-in page says so. */
  expired: boolean;
}

export async function sessionFrom(cookies: Cookies): Promise<Session> {
  const token = cookies.get(COOKIE);
  if (!token) return { expired: false };
  const result = await editorOfToken(token);
  if (result instanceof TokenError) return { expired: result.reason === 'expired' };
  return { editor: result, expired: false };
}

/** The signed-in editor, or undefined; a token that fails verification counts as none. */
export async function editorFrom(cookies: Cookies): Promise<Editor | undefined> {
  return (await sessionFrom(cookies)).editor;
}

/**
 * The signed-in editor for a page's load or a form action under /redigera; without a session, or with one
 * that has expired or fails verification, to the sign-in page. Every action asks itself, as SvelteKit
 * runs a form action without the layout's load: to a client that takes JSON (SvelteKit's enhanced form,
 * curl by default) the action's answer is the whole answer, and one that assumed a session answered 500.
 */
export async function signedInEditor(cookies: Cookies): Promise<Editor> {
  const { editor, expired } = await sessionFrom(cookies);
  if (editor) return editor;
  if (expired) {
    // The sign-in page says the session ended, and no stale token is kept.
    signOut(cookies);
    redirect(303, '/logga-in?utgangen');
  }
  redirect(303, '/logga-in');
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
