import { PUBLIC, IdentitySchema, type Config, type Identity } from '@finsam/core';
import { createRemoteJWKSet, errors, jwtVerify, SignJWT, type JWTPayload } from 'jose';

/**
 * Turns the caller's bearer token into an Identity. Development verifies HS256 tokens signed with
 * JWT_SECRET (`npm run token`); production verifies against an OIDC issuer's key set. Issuer,
 * audience and expiry are checked in both. No token means the public role; a bad token is refused,
 * never downgraded to public.
 */
export class TokenError extends Error {}

export interface TokenClaims extends JWTPayload {
  role?: unknown;
  forbund?: unknown;
}

export type TokenVerifier = (authorization: string | undefined) => Promise<Identity>;

export function createTokenVerifier(cfg: Config): TokenVerifier {
  const key = cfg.OIDC_JWKS_URL ? createRemoteJWKSet(new URL(cfg.OIDC_JWKS_URL)) : new TextEncoder().encode(cfg.JWT_SECRET);
  const algorithms = cfg.OIDC_JWKS_URL ? ['RS256', 'ES256', 'PS256'] : ['HS256'];
  return async (authorization) => {
    if (!authorization) return PUBLIC;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) throw new TokenError('The Authorization header must be "Bearer <token>".');
    let payload: TokenClaims;
    try {
      ({ payload } = await jwtVerify<TokenClaims>(match[1]!, key as Parameters<typeof jwtVerify>[1], {
        issuer: cfg.JWT_ISSUER,
        audience: cfg.JWT_AUDIENCE,
        algorithms,
        requiredClaims: ['exp', 'sub'],
      }));
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new TokenError('The token has expired; get a new one.');
      if (error instanceof errors.JWTClaimValidationFailed) throw new TokenError(`The token's "${error.claim}" claim is not accepted here.`);
      throw new TokenError('The token is invalid (bad signature or malformed).');
    }
    const parsed = IdentitySchema.safeParse({ role: payload.role, subject: payload.sub, forbundId: payload.forbund });
    if (!parsed.success || parsed.data.role === 'public') {
      throw new TokenError('The token carries no valid role (forbund_editor with a forbund claim, or national_admin).');
    }
    return parsed.data;
  };
}

/** A development token, as `npm run token` prints it. */
export async function issueDevToken(
  cfg: Pick<Config, 'JWT_SECRET' | 'JWT_ISSUER' | 'JWT_AUDIENCE'>,
  claims: { role: 'forbund_editor' | 'national_admin'; forbund?: string; sub?: string },
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
