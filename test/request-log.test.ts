import { afterAll, describe, expect, it } from 'vitest';
import { contractOperation } from './support/client.ts';
import { startExtraGateway } from './support/processes.ts';

/**
 * Issue 14 and STYLE.md §9: outside a terminal each process writes JSON lines, one per request, with
 * stable fields that log tools parse; requests refused before GraphQL runs are logged too.
 */
const stops: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(stops.map((stop) => stop()));
});

async function waitFor<T>(find: () => T | undefined): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const found = find();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('no such log line');
}

describe('request log', () => {
  it('writes one JSON line per request with operation, status, duration, SQL and request id', async () => {
    let output = '';
    const gateway = await startExtraGateway({ LOG_LEVEL: 'info' }, { stdout: (text) => (output += text) });
    stops.push(gateway.stop);
    const send = (requestId: string, body: string) =>
      fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': requestId }, body });
    const lines = () => output.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Record<string, unknown>);
    const linesOf = (requestId: string) => lines().filter((line) => line.requestId === requestId && line.msg === 'graphql request');

    const answered = await send('log-test-ok', JSON.stringify({ query: contractOperation('KommunLookup'), operationName: 'KommunLookup', variables: { code: '0181' } }));
    expect(answered.status).toBe(200);
    const line = await waitFor(() => linesOf('log-test-ok')[0]);
    expect(line).toMatchObject({ service: 'gateway', level: 30, requestId: 'log-test-ok', operationName: 'KommunLookup', status: 200, sqlStatements: 0 });
    expect(line.durationMs).toEqual(expect.any(Number));
    expect(line).not.toHaveProperty('errors');

    // Refused before Apollo (not JSON): still one line, with the code the client got.
    expect((await send('log-test-refused', '{nope')).status).toBe(400);
    const refused = await waitFor(() => linesOf('log-test-refused')[0]);
    expect(refused).toMatchObject({ operationName: null, status: 400, errors: ['BAD_REQUEST'] });

    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(linesOf('log-test-ok')).toHaveLength(1);
    expect(linesOf('log-test-refused')).toHaveLength(1);
  });

  it('writes readable lines with LOG_FORMAT=pretty, one per request', async () => {
    let output = '';
    const gateway = await startExtraGateway({ LOG_LEVEL: 'info', LOG_FORMAT: 'pretty' }, { stdout: (text) => (output += text) });
    stops.push(gateway.stop);
    await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'log-test-pretty' },
      body: JSON.stringify({ query: contractOperation('KommunLookup'), operationName: 'KommunLookup', variables: { code: '0181' } }),
    });
    // eslint-disable-next-line no-control-regex
    const plain = () => output.replace(/\u001b\[[0-9;]*m/g, '');
    const line = await waitFor(() => plain().split('\n').find((l) => l.includes('request=log-test-pretty')));
    expect(line).toMatch(/INFO: gateway +KommunLookup 200 \d+ ms sql=0 request=log-test-pretty$/);
    expect(plain()).not.toMatch(/^\{/m);
  });
});
