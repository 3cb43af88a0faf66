import { createHash } from 'node:crypto';
import { error, type Cookies } from '@sveltejs/kit';
import { EncryptJWT, jwtDecrypt } from 'jose';
import * as client from 'openid-client';
import { webConfig } from './api.ts';
import { secureCookies } from './session.ts';

/**
 * Production sign-in (issue 13, deliverable 3): OpenID Connect authorization code flow with PKCE
 * (S256), state and nonce, at the issuer the gateway trusts (JWT_ISSUER, found by discovery), with
 * openid-client. What the flow must remember between leaving for the issuer and coming back (the
 * PKCE verifier, state and nonce) goes in a cookie of its own, sealed with SESSION_SECRET (JWE,
 * dir + A256GCM), short-lived, HttpOnly and SameSite=Lax: Lax, not Strict, because the issuer's
 * redirect back is a navigation from another site and a Strict cookie would not come with it.
 *
 * The session keeps the access token, not the ID token. The gateway checks `aud` against
 * JWT_AUDIENCE (core's token.ts), and an ID token's audience is the client id (OIDC Core §2): it
 * tells the pages who signed in, and is not meant to be sent to an API. The access token is issued for
 * the resource, the gateway, so that is the one the gateway verifies. When JWT_AUDIENCE is an absolute
 * URI the pages ask for it as the resource (RFC 8707); otherwise the issuer must be configured to
 * give the gateway's audience by default (a Keycloak audience mapper, for example).
 */
const FLOW_COOKIE = 'finsam_oidc';
const FLOW_PATH = '/logga-in';
/** Time enough to sign in at the issuer; a flow left longer starts over. */
const FLOW_SECONDS = 600;
export const CALLBACK_PATH = '/logga-in/callback';

let discovered: Promise<client.Configuration> | undefined;

/** The issuer's metadata, discovered once; a failed discovery is tried again at the next sign-in. */
function issuer(): Promise<client.Configuration> {
  discovered ??= (async () => {
    const c = webConfig();
    const server = new URL(c.JWT_ISSUER);
    const auth = c.OIDC_CLIENT_SECRET ? client.ClientSecretPost(c.OIDC_CLIENT_SECRET) : client.None();
    // parseWebConfig requires https in production; plain http is for an issuer on this machine.
    const execute = server.protocol === 'http:' && c.NODE_ENV !== 'production' ? [client.allowInsecureRequests] : [];
    return client.discovery(server, c.OIDC_CLIENT_ID!, undefined, auth, { execute, timeout: 10 });
  })();
  discovered.catch(() => (discovered = undefined));
  return discovered;
}

async function issuerOrError(): Promise<client.Configuration> {
  try {
    return await issuer();
  } catch {
    error(503, 'Identitetsleverantören svarar inte just nu. Försök logga in igen om en stund.');
  }
}

/** Where the issuer sends the browser back; this exact URI is registered at the issuer. */
export function redirectUri(url: URL): string {
  return new URL(CALLBACK_PATH, webConfig().PUBLIC_BASE_URL ?? url.origin).href;
}

const sealKey = () => createHash('sha256').update(webConfig().SESSION_SECRET!).digest();

interface Flow {
  verifier: string;
  state: string;
  nonce: string;
}

/** Starts a sign-in: remembers the flow in its sealed cookie and returns the issuer's URL to go to. */
export async function startSignIn(cookies: Cookies, url: URL): Promise<string> {
  const config = await issuerOrError();
  const c = webConfig();
  const flow: Flow = { verifier: client.randomPKCECodeVerifier(), state: client.randomState(), nonce: client.randomNonce() };
  const sealed = await new EncryptJWT({ ...flow })
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
    .setIssuedAt()
    .setExpirationTime(`${FLOW_SECONDS}s`)
    .encrypt(sealKey());
  cookies.set(FLOW_COOKIE, sealed, { path: FLOW_PATH, httpOnly: true, sameSite: 'lax', secure: secureCookies(url), maxAge: FLOW_SECONDS });
  const parameters: Record<string, string> = {
    redirect_uri: redirectUri(url),
    scope: c.OIDC_SCOPES,
    code_challenge: await client.calculatePKCECodeChallenge(flow.verifier),
    code_challenge_method: 'S256',
    state: flow.state,
    nonce: flow.nonce,
  };
  if (URL.canParse(c.JWT_AUDIENCE)) parameters.resource = c.JWT_AUDIENCE;
  return client.buildAuthorizationUrl(config, parameters).href;
}

/**
 * Ends a sign-in where the issuer sent the browser back: the flow's cookie must be there and open
 * with our key, the state must be ours, the code is exchanged with the PKCE verifier, the ID token's
 * nonce must match. Returns the access token; anything else is a Swedish error page, and the flow's
 * cookie is spent either way.
 */
export async function finishSignIn(cookies: Cookies, url: URL): Promise<string> {
  const sealed = cookies.get(FLOW_COOKIE);
  cookies.delete(FLOW_COOKIE, { path: FLOW_PATH });
  if (!sealed) error(400, 'Inloggningen kunde inte slutföras: den påbörjades inte här, eller tog för lång tid. Försök igen.');
  let flow: Flow;
  try {
    flow = (await jwtDecrypt<Flow>(sealed, sealKey(), { keyManagementAlgorithms: ['dir'], contentEncryptionAlgorithms: ['A256GCM'] })).payload;
  } catch {
    error(400, 'Inloggningen kunde inte slutföras: den tog för lång tid. Försök igen.');
  }
  if (url.searchParams.get('error') === 'access_denied') error(403, 'Inloggningen avbröts hos identitetsleverantören.');
  const config = await issuerOrError();
  // The URL as the issuer addressed it, so that the redirect_uri sent with the code is the registered one.
  const current = new URL(redirectUri(url));
  current.search = url.search;
  try {
    const tokens = await client.authorizationCodeGrant(config, current, {
      pkceCodeVerifier: flow.verifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    return tokens.access_token;
  } catch {
    // A state that is not ours (a forged or replayed answer), an error from the issuer, a refused code.
    error(400, 'Inloggningen kunde inte slutföras. Försök igen.');
  }
}

/** The issuer's sign-out (RP-initiated logout), when it has one; the browser comes back to the front page. */
export async function signOutUrl(url: URL): Promise<string | undefined> {
  let config: client.Configuration;
  try {
    config = await issuer();
  } catch {
    return undefined;
  }
  if (!config.serverMetadata().end_session_endpoint) return undefined;
  return client.buildEndSessionUrl(config, { post_logout_redirect_uri: new URL('/', webConfig().PUBLIC_BASE_URL ?? url.origin).href }).href;
}
