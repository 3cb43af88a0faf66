import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The pages' operations (src/lib/graphql/operations/*.graphql), typed from the committed supergraph's
 * API schema (issue 13). The output is committed and test/web-codegen.test.ts checks it for drift, so
 * typecheck and lint need no generation step and the build, which runs in every test run, stays fast.
 */
const config: CodegenConfig = {
  schema: '../gateway/supergraph.graphql',
  documents: ['src/lib/graphql/operations/*.graphql'],
  generates: {
    'src/lib/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        scalars: { Date: 'string', Kronor: 'number' },
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
  silent: true,
};

export default config;
