import { createServer, type Server } from 'node:http';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { config } from '@finsam/core';
import { freePort } from './support/free-port.ts';
import { startExtraGateway } from './support/processes.ts';

/**
 * Production tokens: with OIDC_JWKS_URL set, the gateway verifies tokens against the identity
 * provider's key set (jose's createRemoteJWKSet), with iss, aud, exp and sub checked. The provider is
 * played by a key set served on loopback; development tokens (HS256, JWT_SECRET) no longer count.
 */

const ISSUER = 'https://idp.test.invalid/realms/finsam';
const AUDIENCE = 'finsam-hub-production';

let jwks: Server;
let gatewayProcess: Awaited<ReturnType<typeof startExtraGateway>>;
let signingKey: CryptoKey;
let strangerKey: CryptoKey;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  signingKey = pair.privateKey;
  strangerKey = (await generateKeyPair('RS256')).privateKey;
  const publicJwk: JWK = { ...(await exportJWK(pair.publicKey)), kid: 'key-1', alg: 'RS256', use: 'sig' };
  const port = await freePort();
  jwks = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: [publicJwk] }));
  });
  await new Promise<void>((resolve) => jwks.listen(port, '127.0.0.1', resolve));
  gatewayProcess = await startExtraGateway({ OIDC_JWKS_URL: `http://127.0.0.1:${port}/jwks`, JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE });
});

afterAll(async () => {
  await gatewayProcess?.stop();
  await new Promise<void>((resolve) => jwks?.close(() => resolve()));
});

function idpToken(claims: Record<string, unknown>, options: { key?: CryptoKey; issuer?: string; kid?: string } = {}) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? 'key-1' })
    .setSubject('anna.andersson@skr.se')
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(options.key ?? signingKey);
}

async function ask(token: string) {
  const response = await fetch(gatewayProcess.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ registryAuditLog(first: 1) { totalCount } }' }),
  });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { extensions: { code: string } }[] } };
}

describe('tokens from an OIDC identity provider', () => {
  it("accepts the provider's token and gives its role", async () => {
    const result = await ask(await idpToken({ role: 'national_admin' }));
    expect(result.status).toBe(200);
    expect(result.body.errors).toBeUndefined();
  });

  it.each([
    ['signed with a key the provider does not publish', () => idpToken({ role: 'national_admin' }, { key: strangerKey })],
    ['from another issuer', () => idpToken({ role: 'national_admin' }, { issuer: 'https://evil.test.invalid' })],
    // Right issuer and audience, but HS256 with the development secret: only the provider's keys count.
    ['signed with JWT_SECRET (HS256)', () =>
      new SignJWT({ role: 'national_admin' }).setProtectedHeader({ alg: 'HS256' }).setSubject('mallory').setIssuer(ISSUER).setAudience(AUDIENCE)
        .setIssuedAt().setExpirationTime('5m').sign(new TextEncoder().encode(config().JWT_SECRET))],
  ])('refuses a token %s with 401 UNAUTHENTICATED', async (_name, make) => {
    const result = await ask(await make());
    expect(result.status).toBe(401);
    expect(result.body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(result.body.data).toBeUndefined();
  });
});
