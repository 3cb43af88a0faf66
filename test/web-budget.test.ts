import { randomBytes } from 'node:crypto';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { VISITOR_ADDRESS_HEADER, WEB_SECRET_HEADER } from '@finsam/core';
import { WebMethodDocument } from '../web/src/lib/graphql/generated/graphql.ts';
import { freePort } from './support/free-port.ts';
import { startExtraGateway, startExtraWeb, type ExtraProcess } from './support/processes.ts';

/**
 * Every visitor of the pages has a public budget of their own at the gateway (README, "The budget"),
 * though the pages ask the gateway from one address: they name the visitor, with WEB_SECRET. A gateway
 * and a pages process of their own, with a budget of two method pages and next to no refill; loopback
 * plays the load balancer in front (TRUST_PROXY), whose X-Forwarded-For names the visitor.
 */
const METHOD = { id: 'pa-ratt-vag' };
const BUSY = 'Hubben har många frågor just nu';

describe('the public budget of the pages’ visitors', () => {
  const secret = randomBytes(32).toString('base64url');
  let web: ExtraProcess;
  let gateway: ExtraProcess;
  /** The price of the method page's one GraphQL request. */
  let price: number;

  const body = () => JSON.stringify({ query: print(WebMethodDocument), variables: METHOD });

  beforeAll(async () => {
    const priced = await fetch(inject('gatewayUrl'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: body() });
    price = ((await priced.json()) as { extensions: { cost: { requested: number } } }).extensions.cost.requested;
    expect(price).toBeGreaterThan(0);
    const gatewayPort = await freePort();
    web = await startExtraWeb({ GATEWAY_URL: `http://127.0.0.1:${gatewayPort}/graphql`, WEB_SECRET: secret });
    const budget = String(2 * price);
    gateway = await startExtraGateway(
      { WEB_URL: web.url, WEB_SECRET: secret, TRUST_PROXY: 'loopback', MAX_QUERY_COST: budget, RATE_LIMIT_CAPACITY: budget, RATE_LIMIT_REFILL_PER_SECOND: '1' },
      { port: gatewayPort },
    );
  });
  afterAll(async () => {
    await gateway?.stop();
    await web?.stop();
  });

  // Each page asked anew, by a query string of its own: a page the gateway kept (page-cache.ts) is
  // served without asking the API, and so costs no budget.
  let visits = 0;
  const page = async (visitor: string) => {
    visits += 1;
    const response = await fetch(new URL(`/metoder/pa-ratt-vag?besok=${visits}`, gateway.url), { headers: { 'x-forwarded-for': visitor } });
    return { status: response.status, html: await response.text() };
  };

  it('gives two visitors two budgets: one who spends theirs does not refuse the other', async () => {
    for (let i = 0; i < 2; i += 1) {
      const seen = await page('198.51.100.7');
      expect(seen.status).toBe(200);
      expect(seen.html).toContain('På rätt väg');
    }
    // The third page is more than the first visitor's budget holds: the gateway refuses, the page says so.
    const spent = await page('198.51.100.7');
    expect(spent.status).toBe(503);
    expect(spent.html).toContain(BUSY);
    // Another visitor, through the same pages process, is counted apart.
    const other = await page('198.51.100.8');
    expect(other.status).toBe(200);
    expect(other.html).toContain('På rätt väg');
  });

  it('believes a named visitor only beside WEB_SECRET: a direct caller naming fresh visitors is counted by its own address', async () => {
    const direct = (visitor: string, sentSecret?: string) =>
      fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [VISITOR_ADDRESS_HEADER]: visitor, ...(sentSecret ? { [WEB_SECRET_HEADER]: sentSecret } : {}) },
        body: body(),
      });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await direct(`203.0.113.${i + 1}`, i === 1 ? 'not-the-secret-but-as-long-as-one' : undefined)).status);
    // Each request named a new visitor, yet all three came out of one budget of two pages: this caller's.
    expect(statuses).toEqual([200, 200, 429]);
    // The same request with the secret is believed: the header, not the address, made the difference.
    expect((await direct('203.0.113.9', secret)).status).toBe(200);
  });
});
