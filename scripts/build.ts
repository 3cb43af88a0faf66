// npm run build [-- --out DIR]: every process the containers run, compiled to JavaScript in dist/ (git-ignored),
// so that production starts `node` on built files, with no TypeScript loader (issue 14, part 4).
//
// Why esbuild bundles, not tsc: the sources import with `.ts` extensions and the workspace packages
// (@finsam/core) export their TypeScript sources, so tsc's output (rewriteRelativeImportExtensions) would
// still resolve `@finsam/core` to packages/core/src/*.ts at run time. esbuild bundles each entry point
// with our own code (workspaces, the Prisma clients generated in services/*/src/generated) inlined and
// every npm package left external, to be loaded from the production node_modules. Type checking stays
// with `npm run typecheck`.
//
// Layout: each bundle sits at its entry's path (gateway/src/index.ts → dist/gateway/src/index.js) and
// the files read at run time beside them at theirs, so that paths made from import.meta.url
// (`../supergraph.graphql`, the migrations under the repository root) hold in dist/ as in the sources.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { build, type Plugin } from 'esbuild';
import { ENTRY_POINTS } from './build-entries.ts';

const root = new URL('..', import.meta.url).pathname;

/** Files the processes read at run time, at the same paths relative to dist/ as to the repository. */
const RUNTIME_FILES = ['gateway/supergraph.graphql', 'gateway/trusted-documents.json', 'prisma', 'contract'];

/**
 * Where `name` resolves from `dir`: the nearest node_modules folder above it that holds the package.
 * npm nests a workspace's own version of a package under the workspace (packages/core/node_modules
 * holds OpenTelemetry 2 while @apollo/gateway puts 1.x at the top), and a bundle under dist/ would
 * reach only the top one.
 */
function nearestPackage(name: string, dir: string): string | undefined {
  for (let at = dir; at.startsWith(root); at = dirname(at)) {
    const candidate = join(at, 'node_modules', name);
    if (existsSync(candidate)) return candidate;
    if (at === dirname(at)) break;
  }
  return undefined;
}

/**
 * Bare imports stay imports of npm packages, except the workspaces', which are TypeScript and bundled,
 * and packages of which a workspace has its own nested version, which are bundled too so that the
 * built file runs the version its source was written against.
 */
const externalPackages: Plugin = {
  name: 'external-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('@finsam/')) return undefined;
      if (args.path.startsWith('node:')) return { path: args.path, external: true };
      const segments = args.path.split('/');
      const name = args.path.startsWith('@') ? segments.slice(0, 2).join('/') : segments[0]!;
      const found = args.resolveDir ? nearestPackage(name, args.resolveDir) : undefined;
      const nested = found !== undefined && found !== join(root, 'node_modules', name);
      return nested ? undefined : { path: args.path, external: true };
    });
  },
};

const { values } = parseArgs({ options: { out: { type: 'string', default: join(root, 'dist') } } });
const out = values.out;
const started = performance.now();
if (!existsSync(join(root, 'services/registry/src/generated'))) {
  console.error('build: the Prisma clients are not generated; run npm install (or node scripts/prisma-generate.mjs) first');
  process.exit(1);
}
rmSync(out, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: ENTRY_POINTS.map((entry) => join(root, entry)),
  outbase: root,
  outdir: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  plugins: [externalPackages],
  logLevel: 'warning',
});
for (const path of RUNTIME_FILES) {
  cpSync(join(root, path), join(out, path), { recursive: true, filter: (source) => !source.endsWith('.ts') && !source.endsWith('.prisma') });
}
// The bundles are ES modules whatever package.json lies above the folder they are copied to.
writeFileSync(join(out, 'package.json'), `${JSON.stringify({ private: true, type: 'module' }, null, 2)}\n`);
// The API explorer's browser bundle (Vite), where the built gateway looks for it.
execFileSync(process.execPath, [join(root, 'gateway/explorer/build.mjs'), join(out, 'gateway/explorer/build')], { stdio: 'inherit' });
console.log(`build: ${ENTRY_POINTS.length} entry points and their files in ${relative(process.cwd(), out) || '.'} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
