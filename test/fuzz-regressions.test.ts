import { describe, expect, inject, it } from 'vitest';
import { contractOperation, gateway, tokens } from './support/client.ts';

/**
 * What test/fuzz.test.ts found, each pinned as one request through the gateway: every one of these
 * answered HTTP 500 or INTERNAL_SERVER_ERROR before.
 */

async function post(body: unknown) {
  const response = await fetch(inject('gatewayUrl'), { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] } };
}


describe('operations the gateway cannot resolve are refused with 400, not a planner 500', () => {
  const two = 'query A { lans { code } } query B { lans { name } }';
  it.each([
    ['an unknown operation name', { query: '{ lans { code } }', operationName: 'Nope' }, 'OPERATION_RESOLUTION_FAILURE', 'Unknown operation named "Nope".'],
    ['an operation name with a NUL', { query: contractOperation('MethodPage'), operationName: 'MethodPage\u0000' }, 'OPERATION_RESOLUTION_FAILURE', 'Unknown operation named "MethodPage\u0000".'],
    ['no name among several operations', { query: two }, 'OPERATION_RESOLUTION_FAILURE', 'Must provide operation name if query contains multiple operations.'],
    ['a null name among several operations', { query: two, operationName: null }, 'OPERATION_RESOLUTION_FAILURE', 'Must provide operation name if query contains multiple operations.'],
    ['a subscription, which the hub does not serve', { query: 'subscription { lans { code } }' }, 'GRAPHQL_VALIDATION_FAILED', 'The schema is not configured to execute subscription operations; the hub serves queries and mutations.'],
  ])('%s', async (_name, body, code, message) => {
    const result = await post(body);
    expect(result.status).toBe(400);
    expect(result.body.errors).toEqual([{ message, extensions: { code } }]);
  });

  it('still runs the named one of several operations', async () => {
    const result = await post({ query: 'query A { lans { code } } query B { lans { name } }', operationName: 'B' });
    expect(result.status).toBe(200);
    expect(result.body.errors).toBeUndefined();
  });
});

describe('arguments the subgraphs cannot use are BAD_USER_INPUT naming the argument', () => {
  it.each([
    ['a made-up after cursor on a Prisma connection', '{ forbunds(after: "25") { totalCount } }', 'after'],
    ['a made-up before cursor on a Prisma connection', '{ forbunds(before: "x", last: 2) { totalCount } }', 'before'],
    ['a cursor that is not base64 on an array connection', '{ forbund(id: "sodertalje-nykvarn") { projects(after: "zz") { totalCount } } }', 'after'],
    ['a made-up cursor on an audit log', '{ registryAuditLog(after: "x") { totalCount } }', 'after'],
    ['a NUL in an id', '{ project(id: "\\u0000x") { id } }', 'id'],
    ['a NUL in a filter', '{ forbunds(filter: { search: "a\\u0000" }) { totalCount } }', 'filter'],
    ['a year no Date can hold', '{ forbunds(filter: { activeIn: -770546 }) { totalCount } }', 'year'],
    ['a year past 9999 for a nested list', '{ forbund(id: "sodertalje-nykvarn") { kommuner(year: 10000) { code } } }', 'year'],
  ])('%s', async (_name, query, field) => {
    const result = await gateway(query, {}, await tokens.admin());
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('refuses half a surrogate pair in a write, which PostgreSQL 15 cannot store in the audit log\'s json', async () => {
    // Found by the fuzz against PostgreSQL 15 (seed 1600429900): a title "x\udfffy" failed the audit
    // entry's insert, and the client got INTERNAL_SERVER_ERROR.
    const input = { forbundId: 'sodertalje-nykvarn', title: 'x\udfffy', kind: 'INDIVIDUAL', startsOn: '2011-02-20', targetGroups: ['LONG_TERM_UNEMPLOYED'], partyKinds: ['REGION', 'KOMMUN'], methodIds: [] };
    for (const title of ['x\udfffy', 'x\ud800', '\ud800\ud800']) {
      const result = await gateway(contractOperation('CreateProject'), { input: { ...input, title } }, await tokens.editor('sodertalje-nykvarn'));
      expect(result.errors?.[0]?.extensions, JSON.stringify(title)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input' });
    }
    // A whole pair is text like any other (an emoji in a search).
    const whole = await gateway(`{ forbunds(filter: { search: "\ud83d\ude00" }) { totalCount } }`);
    expect(whole.errors).toBeUndefined();
  });

  it('refuses a NUL in a write before its resolver runs', async () => {
    const result = await gateway(contractOperation('PublishProject'), { id: '\u0000<script>' }, await tokens.editor('sodertalje-nykvarn'));
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(result.errors?.[0]?.message).toMatch(/NUL/);
  });
});
