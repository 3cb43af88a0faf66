import { createRemoteJWKSet, errors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import type { Config } from './config.ts';
import { IdentitySchema, PUBLIC, type Identity } from './identity.ts';

/**
 * Turns a bearer token into an Identity. Development verifies HS256 tokens signed with JWT_SECRET
 * (`npm run token`); production verifies against an OIDC issuer's key set. Issuer, audience and
 * expiry are checked in both. The gateway verifies every request with it, and the pages' server
 * verifies its session with the same function (issue 13), so the two never disagree on what a valid
 * token is. No token means the public role; a bad token is refused, never downgraded to public.
 */
export class TokenError extends Error {
  constructor(
    message: string,
    /**
     * expired: good but past its `exp` (the pages send the editor back to sign in); role: good but
     * naming no role of the hub (an account the issuer knows and the hub does not); invalid: the rest.
     */
    readonly reason: 'expired' | 'role' | 'invalid' = 'invalid',
  ) {
    super(message);
  }
}

export interface TokenClaims extends JWTPayload {
  role?: unknown;
  forbund?: unknown;
}

type VerifierConfig = Pick<Config, 'OIDC_JWKS_URL' | 'JWT_SECRET' | 'JWT_ISSUER' | 'JWT_AUDIENCE'>;

/** Verifies one token (without "Bearer "), returning the identity and the claims it came from. */
export type TokenCheck = (token: string) => Promise<{ identity: Exclude<Identity, { role: 'public' }>; claims: TokenClaims }>;

export function createTokenCheck(cfg: VerifierConfig): TokenCheck {
  const key = cfg.OIDC_JWKS_URL ? createRemoteJWKSet(new URL(cfg.OIDC_JWKS_URL)) : new TextEncoder().encode(cfg.JWT_SECRET);
  const algorithms = cfg.OIDC_JWKS_URL ? ['RS256', 'ES256', 'PS256'] : ['HS256'];
  return async (token) => {
    let payload: TokenClaims;
    try {
      ({ payload } = await jwtVerify<TokenClaims>(token, key as Parameters<typeof jwtVerify>[1], {
        issuer: cfg.JWT_ISSUER,
        audience: cfg.JWT_AUDIENCE,
        algorithms,
        requiredClaims: ['exp', 'sub'],
      }));
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new TokenError('The token has expired; get a new one.', 'expired');
      if (error instanceof errors.JWTClaimValidationFailed) throw new TokenError(`The token's "${error.claim}" claim is not accepted here.`);
      throw new TokenError('The token is invalid (bad signature or malformed).');
    }
    const parsed = IdentitySchema.safeParse({ role: payload.role, subject: payload.sub, forbundId: payload.forbund });
    if (!parsed.success || parsed.data.role === 'public') {
      throw new TokenError('The token carries no valid role (forbund_editor with a forbund claim, or national_admin).', 'role');
    }
    return { identity: parsed.data, claims: payload };
  };
}

export type TokenVerifier = (authorization: string | undefined) => Promise<Identity>;

/** The gateway's form: an Authorization header in, an Identity out (public without a header). */
export function createTokenVerifier(cfg: VerifierConfig): TokenVerifier {
  const check = createTokenCheck(cfg);
  return async (authorization) => {
    if (!authorization) return PUBLIC;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) throw new TokenError('The Authorization header must be "Bearer <token>".');
    return (await check(match[1]!)).identity;
  };
}

/** A development token, as `npm run token` prints it. */
export async function issueDevToken(
  cfg: Pick<Config, 'JWT_SECRET' | 'JWT_ISSUER' | 'JWT_AUDIENCE'>,
  claims: { role: 'forbund_editor' | 'national_admin'; forbund?: string; sub?: string; label?: string },
  expiresIn: string | number = '8h',
): Promise<string> {
  const { sub, ...rest } = claims;
  return new SignJWT(rest)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub ?? `dev-${claims.role}${claims.forbund ? `-${claims.forbund}` : ''}`)
    .setIssuer(cfg.JWT_ISSUER)
    .setAudience(cfg.JWT_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(cfg.JWT_SECRET));
}
