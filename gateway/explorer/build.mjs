// Builds the API explorer (gateway/explorer/app) into gateway/explorer/build with Vite, at `npm install`
// (postinstall) and in `npm run build`. At install, so that a fresh clone's `npm start` and `npm test`
// serve it with nothing more to run, and no request waits on a bundler; the built files are not
// committed (.gitignore). A production install (`npm ci --omit=dev`) has no Vite and skips this: the
// image copies the bundle from its build stage (Dockerfile).
/* eslint-disable no-console -- a build step prints its progress, as scripts/ do */
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const require = createRequire(import.meta.url);
let vite;
try {
  require.resolve('vite');
  vite = await import('vite');
} catch {
  console.log('explorer: vite is not installed (a production install); skipping the explorer build');
  process.exit(0);
}
const outDir = process.argv[2] ?? here('./build');
const started = performance.now();
await vite.build({
  configFile: false,
  root: here('./app'),
  // The gateway serves the files under /graphql/explorer/ (gateway/src/explorer.ts).
  base: '/graphql/explorer/',
  logLevel: 'warn',
  build: {
    outDir,
    emptyOutDir: true,
    // Monaco is large (a few MB); it is one local file, not a warning.
    chunkSizeWarningLimit: 10_000,
    // GraphiQL's fonts and icons are data: URLs inside its CSS; nothing else is referenced.
    assetsInlineLimit: 4096,
    rollupOptions: {
      // React libraries mark modules "use client" for server components; in a browser bundle it means
      // nothing, and rolldown would say so once per module.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  worker: { format: 'es' },
});
if (!existsSync(`${outDir}/index.html`)) {
  console.error(`explorer: the build wrote no index.html to ${outDir}`);
  process.exit(1);
}
console.log(`explorer: built into ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
