// Generates each subgraph's Prisma client and Pothos types after `npm install`.
// Prisma's CLI wants to download its schema engine even for `generate`, which needs none; pointing
// PRISMA_SCHEMA_ENGINE_BINARY at any existing file stops that download (DEVELOPERS.md, "This environment").
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'node_modules', 'prisma', 'build', 'index.js');
if (!existsSync(cli)) {
  console.log('prisma-generate: prisma is not installed yet, skipping');
  process.exit(0);
}
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
  CHECKPOINT_DISABLE: '1',
  // The pothos generator is an npm bin; Prisma runs generators through the shell.
  PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`,
};
const subgraphs = readdirSync(join(root, 'prisma'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(root, 'prisma', entry.name, 'schema.prisma')))
  .map((entry) => entry.name);
for (const name of subgraphs) {
  const schema = join(root, 'prisma', name, 'schema.prisma');
  console.log(`prisma-generate: ${name}`);
  execFileSync(process.execPath, [cli, 'generate', '--schema', schema], { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
}
