import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/**
 * Who is asking. The gateway turns a verified token into an Identity; subgraphs only ever see this
 * form, signed by the gateway (see signIdentity), never a raw token.
 */
export const IdentitySchema = z.discriminatedUnion('role', [
  z.object({ role: z.literal('public') }),
  z.object({ role: z.literal('forbund_editor'), subject: z.string(), forbundId: z.string().min(1) }),
  z.object({ role: z.literal('national_admin'), subject: z.string() }),
]);
export type Identity = z.infer<typeof IdentitySchema>;
export type Role = Identity['role'];

export const PUBLIC: Identity = { role: 'public' };

/** The header that carries the gateway's signed identity to a subgraph. */
export const IDENTITY_HEADER = 'x-finsam-identity';

/** How long a signed identity is accepted: long enough for one request's subgraph fetches. */
const MAX_AGE_MS = 60_000;

/**
 * How far ahead of the subgraph's clock a header may be dated. The gateway and the subgraphs run on
 * separate processes or hosts whose clocks drift a little; anything further ahead is not drift but a
 * header that would outlive MAX_AGE_MS (one dated a minute ahead would be accepted for two).
 */
const MAX_CLOCK_SKEW_MS = 5_000;

function mac(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(payload).digest();
}

/**
 * `<base64url(json)>.<base64url(hmac)>`, with a timestamp so a captured header soon goes stale, and the
 * subgraph it is for (`aud`), so a header seen on its way to one subgraph opens no other.
 */
export function signIdentity(identity: Identity, secret: string, audience: string, now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ ...identity, aud: audience, iat: now })).toString('base64url');
  return `${payload}.${mac(secret, payload).toString('base64url')}`;
}

export class IdentityError extends Error {}

export function verifyIdentity(header: string | undefined, secret: string, audience: string, now = Date.now()): Identity {
  if (!header) throw new IdentityError('missing gateway identity');
  const [payload, signature, extra] = header.split('.');
  if (!payload || !signature || extra !== undefined) throw new IdentityError('malformed gateway identity');
  const expected = mac(secret, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new IdentityError('gateway identity has a bad signature');
  }
  const decoded: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  const iat = (decoded as { iat?: unknown }).iat;
  if (typeof iat !== 'number' || !Number.isFinite(iat)) throw new IdentityError('malformed gateway identity');
  if (iat - now > MAX_CLOCK_SKEW_MS) throw new IdentityError('gateway identity is dated in the future');
  if (now - iat > MAX_AGE_MS) throw new IdentityError('gateway identity expired');
  if ((decoded as { aud?: unknown }).aud !== audience) throw new IdentityError(`gateway identity is not for the ${audience} subgraph`);
  return IdentitySchema.parse(decoded);
}

/** May this identity write on behalf of the förbund? (Roles: issue "Who may read and write what".) */
export function canEditForbund(identity: Identity, forbundId: string): boolean {
  return identity.role === 'national_admin' || (identity.role === 'forbund_editor' && identity.forbundId === forbundId);
}

/** How an identity is named in audit logs: "national_admin:anna@skr.se". */
export function actorOf(identity: Identity): string {
  return identity.role === 'public' ? 'public' : `${identity.role}:${identity.subject}`;
}
