import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** docker-compose.yml runs the same system as containers; Debian's docker-compose validates it without an engine. */
const available = spawnSync('docker-compose', ['version'], { stdio: 'ignore' }).status === 0;

describe.skipIf(!available)('docker-compose.yml', () => {
  it('is accepted by docker-compose config, with postgres, the four subgraphs and the gateway', () => {
    const services = execFileSync('docker-compose', ['config', '--services'], { cwd: new URL('..', import.meta.url).pathname }).toString().split('\n').filter(Boolean);
    expect(services.sort()).toEqual(['funding', 'gateway', 'methods', 'migrate', 'postgres', 'projects', 'registry']);
  });
});
