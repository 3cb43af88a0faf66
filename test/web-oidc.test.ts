import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import Provider, { errors, type Configuration } from 'oidc-provider';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseWebConfig } from '@finsam/core/config';
import { chromiumMissing, launchChromium, offlineContext, screenshot, seriousAxeViolations } from './support/browser.ts';
import { gateway, tokens } from './support/client.ts';
import { freePort } from './support/free-port.ts';
import { startExtraGateway, startExtraWeb, type ExtraProcess } from './support/processes.ts';

/**
 * The production sign-in of the pages (issue 13, deliverable 3): OIDC authorization code with PKCE at
 * a real OpenID provider, panva's oidc-provider, run here on loopback with its own signing key. It
 * issues JWT access tokens for the gateway's audience (resource indicators, RFC 8707) and refuses a
 * code without its PKCE verifier. An extra gateway trusts it (OIDC_JWKS_URL, JWT_ISSUER, JWT_AUDIENCE)
 * and forwards the pages to an extra pages process configured for it; Chromium signs in through the
 * provider's own login and consent pages.
 *
 * The provider is at localhost and the hub at 127.0.0.1: two sites, as in production, so the sign-in
 * cookie must come back with the provider's cross-site redirect (SameSite=Lax, not Strict).
 */
const AUDIENCE = 'https://finsam-hub.test/graphql';
const CLIENT_ID = 'finsam-sidor';
const CLIENT_SECRET = randomBytes(32).toString('base64url');
const missing = chromiumMissing();
const why = missing ? ` (skipped: ${missing})` : '';

/** The provider's people: login names as typed on its development login page, and their claims. */
const ACCOUNTS: Record<string, Record<string, string>> = {
  'anna.redaktor': { role: 'forbund_editor', forbund: 'sodertalje-nykvarn', name: 'Anna Redaktör' },
  'utan.roll': { name: 'Utan Roll' },
};

let issuer: string;
let origin: string;
let providerServer: Server;
let signingKey: CryptoKey;
let web: ExtraProcess | undefined;
let hub: ExtraProcess | undefined;

beforeAll(async () => {
  const [providerPort, gatewayPort] = [await freePort(), await freePort()];
  issuer = `http://localhost:${providerPort}`;
  origin = `http://127.0.0.1:${gatewayPort}`;
  const pair = await generateKeyPair('RS256', { extractable: true });
  signingKey = pair.privateKey;
  const configuration: Configuration = {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        token_endpoint_auth_method: 'client_secret_post',
        redirect_uris: [`${origin}/logga-in/callback`],
        post_logout_redirect_uris: [`${origin}/`],
        response_types: ['code'],
        grant_types: ['authorization_code'],
      },
    ],
    // PKCE for this confidential client too (the provider requires it by default only for public ones).
    pkce: { required: () => true },
    jwks: { keys: [{ ...(await exportJWK(pair.privateKey)), kid: 'provider-key-1', alg: 'RS256', use: 'sig' }] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    // Lifetimes of our own, as the provider asks of every deployment (it warns on its defaults).
    ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 3600, IdToken: 600, Interaction: 600, Session: 3600 },
    scopes: ['openid', 'finsam'],
    claims: { openid: ['sub'], finsam: ['name'] },
    findAccount: (_ctx, id) => (ACCOUNTS[id] ? { accountId: id, claims: () => ({ sub: id, name: ACCOUNTS[id]!.name }) } : undefined),
    // The hub's claims go into the access token, which the gateway reads; not into the ID token.
    extraTokenClaims: (_ctx, token) => (token.kind === 'AccessToken' && token.accountId ? { ...ACCOUNTS[token.accountId] } : undefined),
    features: {
      devInteractions: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => AUDIENCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, indicator) => {
          if (indicator !== AUDIENCE) throw new errors.InvalidTarget();
          return { scope: 'finsam', audience: AUDIENCE, accessTokenFormat: 'jwt', accessTokenTTL: 600, jwt: { sign: { alg: 'RS256' } } };
        },
      },
    },
  };
  const provider = new Provider(issuer, configuration);
  providerServer = createServer(provider.callback());
  await new Promise<void>((resolve) => providerServer.listen(providerPort, '127.0.0.1', resolve));

  const trust = { OIDC_JWKS_URL: `${issuer}/jwks`, JWT_ISSUER: issuer, JWT_AUDIENCE: AUDIENCE };
  web = await startExtraWeb({
    ...trust,
    GATEWAY_URL: `${origin}/graphql`,
    OIDC_CLIENT_ID: CLIENT_ID,
    OIDC_CLIENT_SECRET: CLIENT_SECRET,
    OIDC_SCOPES: 'openid finsam',
    SESSION_SECRET: randomBytes(48).toString('base64'),
  });
  hub = await startExtraGateway({ ...trust, WEB_URL: web.url }, { port: gatewayPort });
});

afterAll(async () => {
  await hub?.stop();
  await web?.stop();
  await new Promise<void>((resolve) => (providerServer ? providerServer.close(() => resolve()) : resolve()));
});

/** Cookies as a fetch sends them, from Set-Cookie headers. */
function cookieHeader(response: Response): string {
  return response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

describe('the OIDC sign-in configuration (parseWebConfig)', () => {
  const base = { NODE_ENV: 'test', OIDC_CLIENT_ID: CLIENT_ID, OIDC_JWKS_URL: 'https://idp.example/jwks', JWT_ISSUER: 'https://idp.example', SESSION_SECRET: 'x'.repeat(32) };
  it.each([
    ['OIDC_JWKS_URL', { OIDC_JWKS_URL: undefined }],
    ['JWT_ISSUER', { JWT_ISSUER: 'finsam-hub-dev' }],
    ['SESSION_SECRET', { SESSION_SECRET: undefined }],
    ['SESSION_SECRET', { SESSION_SECRET: 'kort' }],
    ['JWT_ISSUER', { NODE_ENV: 'production', PUBLIC_BASE_URL: 'https://finsam.example', JWT_ISSUER: 'http://idp.example' }],
    ['PUBLIC_BASE_URL', { NODE_ENV: 'production' }],
    ['OIDC_SCOPES', { OIDC_SCOPES: 'finsam' }],
  ])('stops with a message naming %s when the sign-in is incomplete', (name, change) => {
    expect(() => parseWebConfig({ ...base, ...change })).toThrow(new RegExp(`^Invalid environment:\\n  ${name}: `));
  });
  it('takes a complete configuration', () => {
    // WEB_SECRET too: in production the pages vouch for their visitors' addresses at the gateway with it.
    expect(parseWebConfig({ ...base, NODE_ENV: 'production', PUBLIC_BASE_URL: 'https://finsam.example', WEB_SECRET: randomBytes(48).toString('base64') }).OIDC_SCOPES).toBe('openid');
  });
});

describe('the OIDC sign-in over HTTP', () => {
  it('starts the authorization code flow with PKCE (S256), state, nonce and the gateway as resource, remembered in a sealed, HttpOnly, SameSite=Lax cookie', async () => {
    const response = await fetch(`${origin}/logga-in`, { redirect: 'manual' });
    expect(response.status).toBe(303);
    const to = new URL(response.headers.get('location')!);
    expect(to.origin).toBe(issuer);
    expect(Object.fromEntries(to.searchParams)).toMatchObject({
      client_id: CLIENT_ID,
      response_type: 'code',
      redirect_uri: `${origin}/logga-in/callback`,
      code_challenge_method: 'S256',
      resource: AUDIENCE,
    });
    for (const name of ['code_challenge', 'state', 'nonce']) expect(to.searchParams.get(name)).toMatch(/^[\w-]{22,}$/);
    const [cookie] = response.headers.getSetCookie();
    expect(cookie).toMatch(/^finsam_oidc=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\/logga-in/i);
    // Sealed (JWE): neither the verifier nor the state can be read from it.
    const value = cookie!.split(';')[0]!.slice('finsam_oidc='.length);
    expect(value.split('.')).toHaveLength(5);
    expect(value).not.toContain(to.searchParams.get('state'));
  });

  it('offers no demo identity and mints no development session', async () => {
    const page = await fetch(`${origin}/logga-in?utgangen`);
    const html = await page.text();
    expect(html).toContain('Din inloggning har gått ut');
    expect(html).not.toContain('Demoidentitet');
    expect(html).not.toContain('Redaktör för Södertälje–Nykvarn');
    const posted = await fetch(`${origin}/logga-in`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin, accept: 'text/html' },
      body: 'identitet=sodertalje-nykvarn',
    });
    expect(posted.status).toBe(303);
    expect(new URL(posted.headers.get('location')!).origin).toBe(issuer);
    expect(posted.headers.getSetCookie().some((c) => c.startsWith('finsam_session='))).toBe(false);
  });

  it('refuses a development token (HS256, JWT_SECRET) as a session', async () => {
    const token = await tokens.editor('sodertalje-nykvarn');
    const response = await fetch(`${origin}/redigera`, { redirect: 'manual', headers: { cookie: `finsam_session=${token}` } });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/logga-in');
  });

  it('refuses a callback without the flow cookie', async () => {
    const response = await fetch(`${origin}/logga-in/callback?code=abc&state=def&iss=${encodeURIComponent(issuer)}`, { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(response.headers.getSetCookie().some((c) => c.startsWith('finsam_session='))).toBe(false);
  });
});

describe.skipIf(missing)(`the OIDC sign-in in Chromium${why}`, () => {
  let browser: Browser;
  const draft = `OIDC-testets utkast ${randomBytes(3).toString('hex')}`;

  beforeAll(async () => {
    browser = await launchChromium();
    // A draft of the förbund, written through the run's own gateway: the OIDC editor must see it.
    const created = await gateway<{ createProject: { id: string } }>(
      'mutation ($input: CreateProjectInput!) { createProject(input: $input) { id } }',
      { input: { forbundId: 'sodertalje-nykvarn', title: draft, summary: 'Ett utkast.', kind: 'INDIVIDUAL', startsOn: '2025-01-01', targetGroups: ['NEWLY_ARRIVED'], partyKinds: ['KOMMUN', 'REGION'] } },
      await tokens.editor('sodertalje-nykvarn'),
    );
    expect(created.errors).toBeUndefined();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** The provider's development login and consent pages, filled in as a person would. */
  async function signInAtProvider(page: import('playwright-core').Page, login: string) {
    await page.waitForURL((url) => url.origin === issuer);
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('vilket-som-helst');
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Sign-in' }).click()]);
    await page.getByRole('button', { name: 'Continue' }).click();
  }

  it('an editor for Södertälje–Nykvarn goes from /redigera to the provider and back, signed in, and sees the förbund’s projects, drafts included', async () => {
    const { context, blocked } = await offlineContext(browser);
    const page = await context.newPage();
    await page.goto(`${origin}/redigera`);
    await signInAtProvider(page, 'anna.redaktor');
    await page.waitForURL(`${origin}/redigera`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Södertälje och Nykvarn');
    expect(await page.locator('.signed-in').textContent()).toContain('Anna Redaktör');
    expect(await page.getByRole('table', { name: /Insatser i/ }).textContent()).toContain(draft);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'web-oidc-redigera');

    const cookies = await context.cookies(origin);
    const session = cookies.find((c) => c.name === 'finsam_session');
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe('Lax');
    // The session is the provider's access token for the gateway, as the gateway verifies it.
    const claims = JSON.parse(Buffer.from(session!.value.split('.')[1]!, 'base64url').toString('utf8'));
    expect(claims).toMatchObject({ iss: issuer, aud: AUDIENCE, sub: 'anna.redaktor', role: 'forbund_editor', forbund: 'sodertalje-nykvarn' });
    expect(cookies.some((c) => c.name === 'finsam_oidc'), 'the flow cookie is spent').toBe(false);

    // Signing out ends the session here and, at the provider's end_session_endpoint, there.
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.waitForURL((url) => url.origin === issuer);
    await Promise.all([page.waitForURL(`${origin}/`), page.getByRole('button', { name: /sign me out/i }).click()]);
    expect((await context.cookies(origin)).some((c) => c.name === 'finsam_session')).toBe(false);
    await page.goto(`${origin}/redigera`);
    await page.waitForURL((url) => url.origin === issuer);
    expect(await page.locator('input[name="login"]').count(), 'signed out at the provider too').toBe(1);
    // The hub's pages ask nothing of another host; the provider's development pages load a web font.
    expect(blocked.filter((url) => !url.startsWith('https://fonts.googleapis.com/'))).toEqual([]);
    await context.close();
  });

  it('refuses an answer whose state was tampered with, and takes the same answer untouched', async () => {
    const { context } = await offlineContext(browser);
    const page = await context.newPage();
    // Sign in at the provider once, so that its next answer comes straight back with a code.
    await page.goto(`${origin}/logga-in`);
    await signInAtProvider(page, 'anna.redaktor');
    await page.waitForURL(`${origin}/redigera`);
    const providerCookies = (await context.cookies(issuer)).map((c) => `${c.name}=${c.value}`).join('; ');
    await context.close();

    const start = await fetch(`${origin}/logga-in`, { redirect: 'manual' });
    const flowCookie = cookieHeader(start);
    let next = start.headers.get('location')!;
    while (!next.startsWith(`${origin}/logga-in/callback`)) {
      const hop = await fetch(next, { redirect: 'manual', headers: { cookie: providerCookies } });
      expect(hop.status, `the provider answers ${next} with a redirect`).toBeGreaterThanOrEqual(300);
      next = new URL(hop.headers.get('location')!, next).href;
    }
    const answer = new URL(next);
    expect(answer.searchParams.get('code')).toBeTruthy();

    const tampered = new URL(answer);
    tampered.searchParams.set('state', `${answer.searchParams.get('state')}x`);
    const refused = await fetch(tampered, { redirect: 'manual', headers: { cookie: flowCookie } });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('Inloggningen kunde inte slutföras');
    expect(refused.headers.getSetCookie().some((c) => c.startsWith('finsam_session='))).toBe(false);

    // The provider is no stub: the code without its PKCE verifier is refused (and not spent by that).
    const withoutVerifier = await fetch(`${issuer}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', code: answer.searchParams.get('code')!, redirect_uri: `${origin}/logga-in/callback`, client_id: CLIENT_ID, client_secret: CLIENT_SECRET }),
    });
    expect(withoutVerifier.status).toBe(400);
    expect(((await withoutVerifier.json()) as { error: string }).error).toBe('invalid_grant');

    // The same code, flow and cookie with the state as the provider sent it: only the state differed.
    const taken = await fetch(answer, { redirect: 'manual', headers: { cookie: flowCookie } });
    expect(taken.status).toBe(303);
    expect(taken.headers.get('location')).toBe('/redigera');
    expect(taken.headers.getSetCookie().some((c) => c.startsWith('finsam_session='))).toBe(true);
  });

  it('refuses an account the provider knows but that has no role in the hub', async () => {
    const { context } = await offlineContext(browser);
    const page = await context.newPage();
    await page.goto(`${origin}/redigera`);
    await signInAtProvider(page, 'utan.roll');
    await page.waitForURL((url) => url.pathname === '/logga-in/callback');
    expect(await page.locator('main').textContent()).toContain('ingen roll i Finsam-hubben');
    expect((await context.cookies(origin)).some((c) => c.name === 'finsam_session')).toBe(false);
    await context.close();
  });

  it('sends an editor whose token has expired back to sign in, with a Swedish message and no demo identities', async () => {
    const { context } = await offlineContext(browser);
    // A token the provider's key signed, for the gateway, an hour past its expiry.
    const now = Math.floor(Date.now() / 1000);
    const expired = await new SignJWT({ role: 'forbund_editor', forbund: 'sodertalje-nykvarn' })
      .setProtectedHeader({ alg: 'RS256', kid: 'provider-key-1', typ: 'at+jwt' })
      .setSubject('anna.redaktor')
      .setIssuer(issuer)
      .setAudience(AUDIENCE)
      .setIssuedAt(now - 7200)
      .setExpirationTime(now - 3600)
      .sign(signingKey);
    await context.addCookies([{ name: 'finsam_session', value: expired, url: origin, httpOnly: true, sameSite: 'Lax' }]);
    const page = await context.newPage();
    await page.goto(`${origin}/redigera`);
    expect(new URL(page.url()).pathname).toBe('/logga-in');
    expect(await page.getByRole('alert').textContent()).toContain('Din inloggning har gått ut');
    expect(await page.getByRole('radio').count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect((await context.cookies(origin)).some((c) => c.name === 'finsam_session'), 'the expired session is cleared').toBe(false);
    // Signing in again goes to the provider.
    await Promise.all([page.waitForURL((url) => url.origin === issuer), page.getByRole('button', { name: 'Logga in' }).click()]);
    await context.close();
  });
});
