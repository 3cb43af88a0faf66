import type { IncomingMessage } from 'node:http';
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
