import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { trustedDocuments } from '../scripts/composition.ts';
import config from '../web/codegen.ts';

/**
 * The pages' operation types (web/src/lib/graphql/generated/) are generated from the committed
 * supergraph and committed, so that typecheck and lint need no generation step and the pages' build,
 * which runs in every test run, stays fast. These check that neither they nor the trusted-documents
 * manifest, which holds the pages' operations, has drifted (cd web && npm run codegen; npm run compose).
 */
const web = new URL('../web/', import.meta.url).pathname;

describe('the pages’ GraphQL operations', () => {
  it('have the types GraphQL Code Generator gives them today (cd web && npm run codegen)', async () => {
    const files = (await generate({ ...config, cwd: web }, false)) as { filename: string; content: string }[];
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const path = file.filename.startsWith('/') ? file.filename : `${web}${file.filename}`;
      expect(readFileSync(path, 'utf8'), `${file.filename} is stale`).toBe(file.content);
    }
  });

  it('are trusted documents, beside the contract’s, as npm run compose writes them', () => {
    const committed = JSON.parse(readFileSync(new URL('../gateway/trusted-documents.json', import.meta.url), 'utf8')) as Record<string, string>;
    expect(committed).toEqual(trustedDocuments());
    const names = Object.values(committed).map((text) => /^(?:query|mutation) (\w+)/.exec(text)?.[1]);
    expect(names).toEqual(expect.arrayContaining(['WebMethodSearch', 'WebMethod', 'WebForbundList', 'WebForbund', 'WebStatistics', 'WebLanProjectStatistics', 'MethodPage']));
  });
});
