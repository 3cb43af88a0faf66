import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import proxyAddr from 'proxy-addr';

/**
 * The caller's address, for the public's query budget (gateway/src/budget.ts). Behind a load balancer
 * every request arrives from the balancer, so the socket's address alone would put all of the public
 * in one bucket; X-Forwarded-For alone would let any caller pick a fresh bucket per request. Express's
 * proxy-addr resolves the two: it walks X-Forwarded-For from the right and stops at the first address
 * not in TRUST_PROXY (https://expressjs.com/en/guide/behind-proxies.html).
 */
export type TrustProxy = (address: string, hop: number) => boolean;

/**
 * TRUST_PROXY as the gateway reads it: empty (trust no proxy: the socket's address), a number of hops
 * (the load balancers in front, e.g. 1), or a comma-separated list of addresses, subnets and
 * proxy-addr's names (loopback, linklocal, uniquelocal). Throws on a value proxy-addr does not accept.
 */
export function trustProxy(value: string): TrustProxy {
  const trimmed = value.trim();
  if (trimmed === '') return () => false;
  if (/^\d+$/.test(trimmed)) {
    const hops = Number(trimmed);
    return (_address, hop) => hop < hops;
  }
  return proxyAddr.compile(trimmed.split(',').map((part) => part.trim()).filter(Boolean));
}

export function clientAddress(req: IncomingMessage, trust: TrustProxy): string {
  return proxyAddr(req, trust);
}

/**
 * The pages' process (web/) asks the gateway on its visitors' behalf, so at the gateway every visitor
 * would have the pages' address and share one public budget. The pages therefore send the visitor's
 * address (SvelteKit's getClientAddress, itself behind the gateway's proxy) together with WEB_SECRET,
 * which only the pages and the gateway hold. The gateway believes the address only beside that secret:
 * from anyone else the header is ignored, so no caller can pick a fresh budget per request.
 */
export const WEB_SECRET_HEADER = 'x-finsam-web-secret';
export const VISITOR_ADDRESS_HEADER = 'x-finsam-visitor-address';

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/**
 * Whether `sent` is the secret, compared in constant time. Both are hashed first: timingSafeEqual
 * needs equal lengths, and comparing lengths first would tell a caller how long the secret is.
 */
export function secretMatches(sent: string | string[] | undefined, secret: string | undefined): boolean {
  if (!secret || typeof sent !== 'string') return false;
  return timingSafeEqual(digest(sent), digest(secret));
}

/**
 * The public caller's address for its budget: the visitor's, when the pages ask with WEB_SECRET and
 * name a valid IP address; otherwise the connection's, resolved through TRUST_PROXY.
 */
export function publicCallerAddress(req: IncomingMessage, trust: TrustProxy, webSecret: string | undefined): string {
  if (secretMatches(req.headers[WEB_SECRET_HEADER], webSecret)) {
    const visitor = req.headers[VISITOR_ADDRESS_HEADER];
    if (typeof visitor === 'string' && isIP(visitor.trim()) !== 0) return visitor.trim();
  }
  return clientAddress(req, trust);
}
