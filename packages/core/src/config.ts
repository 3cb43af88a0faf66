import { z } from 'zod';

/**
 * Every environment variable the hub reads, parsed once at start. A missing or bad value stops the
 * process with a message naming the variable (STYLE.md §8), instead of failing later mid-request.
 */
const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);

/** Development defaults: public knowledge, so production refuses them (see parseConfig). */
const DEV_SECRETS = {
  INTERNAL_SECRET: 'finsam-dev-internal-secret-change-me',
  JWT_SECRET: 'finsam-dev-jwt-secret-change-me',
} as const;

/**
 * RFC 7518 §3.2: an HS256 key must be at least as long as the hash, 256 bits. INTERNAL_SECRET is an
 * HMAC-SHA256 key too, so the same floor holds for it.
 */
const MIN_SECRET_BYTES = 32;

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** An external PostgreSQL. When unset, an embedded PostgreSQL is started with its data in PGDATA_DIR. */
  DATABASE_URL: z.string().url().optional(),
  PGDATA_DIR: z.string().default('.data/postgres'),
  /**
   * Limits on every subgraph's pool, so that no request waits on a PostgreSQL that is away: connecting,
   * one statement (cancelled by the server, so its transaction rolls back), and an open transaction
   * left idle (issue 11, part 5).
   */
  PG_CONNECT_TIMEOUT_MS: z.coerce.number().int().positive().default(5_000),
  PG_STATEMENT_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  PG_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** Never 5432: a system PostgreSQL may already listen there. */
  EMBEDDED_PG_PORT: port(54329),
  GATEWAY_PORT: port(4000),
  REGISTRY_PORT: port(4001),
  FUNDING_PORT: port(4002),
  PROJECTS_PORT: port(4003),
  METHODS_PORT: port(4004),
  /** The pages for people (web/, issue 13): their own process, reached through the gateway's origin. */
  WEB_PORT: port(4005),
  /** Where the gateway forwards every request that is not its own (the pages); default 127.0.0.1:WEB_PORT. */
  WEB_URL: z.string().url().optional(),
  /** The GraphQL endpoint the pages' server asks; default http://127.0.0.1:GATEWAY_PORT/graphql. */
  GATEWAY_URL: z.string().url().optional(),
  /** Host under which the gateway reaches the subgraphs; the *_URL variables below override it per subgraph. */
  SUBGRAPH_HOST: z.string().default('127.0.0.1'),
  /** Full subgraph URLs, e.g. http://registry:4001/graphql under docker-compose. */
  REGISTRY_URL: z.string().url().optional(),
  FUNDING_URL: z.string().url().optional(),
  PROJECTS_URL: z.string().url().optional(),
  METHODS_URL: z.string().url().optional(),
  /**
   * Shared by the gateway and the subgraphs only: the gateway signs the caller's verified identity with
   * it, and a subgraph refuses any identity header that it did not sign.
   */
  INTERNAL_SECRET: z.string().min(16).default(DEV_SECRETS.INTERNAL_SECRET),
  /** HS256 secret for development tokens (`npm run token`). Unused when OIDC_JWKS_URL is set. */
  JWT_SECRET: z.string().min(16).default(DEV_SECRETS.JWT_SECRET),
  JWT_ISSUER: z.string().default('finsam-hub-dev'),
  JWT_AUDIENCE: z.string().default('finsam-hub'),
  /** Production: verify tokens against an OIDC issuer's key set instead of JWT_SECRET. */
  OIDC_JWKS_URL: z.string().url().optional(),
  /** Comma-separated origins allowed to call the gateway from a browser, or * for any. */
  CORS_ORIGINS: z.string().default('*'),
  /** enforce: the gateway runs only the operations in gateway/trusted-documents.json (built from the client contract). */
  TRUSTED_DOCUMENTS: z.enum(['off', 'enforce']).default('off'),
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(1_000_000),
  /** The highest price of one operation (gateway/src/limits.ts prices fields × list sizes). */
  MAX_QUERY_COST: z.coerce.number().int().positive().default(200_000),
  /** Each caller's budget in cost units (a token bucket per token subject, or per address for the public)... */
  RATE_LIMIT_CAPACITY: z.coerce.number().int().positive().default(1_000_000),
  /** ...and how fast it refills. */
  RATE_LIMIT_REFILL_PER_SECOND: z.coerce.number().positive().default(20_000),
  /** How long the gateway, and a subgraph asking another, waits for a subgraph's answer. */
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** Shared state of gateway replicas (query budgets); in memory when unset. */
  REDIS_URL: z.string().url().optional(),
  /**
   * The gateway's cache of whole public responses (gateway/src/response-cache.ts): in memory, or in
   * Redis when REDIS_URL is set, so that replicas share it and a write through any one evicts in all.
   */
  RESPONSE_CACHE: z.enum(['on', 'off']).default('on'),
  /** Prefix of the hub's Redis keys, so that several hubs (or test runs) can share one Redis. */
  REDIS_KEY_PREFIX: z.string().default('finsam:'),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {}

export function parseConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = schema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid environment:\n${lines.join('\n')}`);
  }
  const config = result.data;
  if (config.RATE_LIMIT_CAPACITY < config.MAX_QUERY_COST) {
    // Otherwise a query the limit allows could never be afforded, and its Retry-After would be a lie.
    throw new ConfigError('Invalid environment:\n  RATE_LIMIT_CAPACITY: must be at least MAX_QUERY_COST');
  }
  if (config.NODE_ENV === 'production') {
    const problems: string[] = [];
    for (const name of ['INTERNAL_SECRET', 'JWT_SECRET'] as const) {
      // With an OIDC issuer the gateway never verifies an HS256 token, so JWT_SECRET guards nothing.
      if (name === 'JWT_SECRET' && config.OIDC_JWKS_URL) continue;
      const value = config[name];
      if (value === DEV_SECRETS[name]) {
        problems.push(`  ${name}: must be set to a secret of your own when NODE_ENV=production (the development default is public)`);
      } else if (Buffer.byteLength(value, 'utf8') < MIN_SECRET_BYTES) {
        problems.push(`  ${name}: must be at least ${MIN_SECRET_BYTES} bytes when NODE_ENV=production (e.g. openssl rand -base64 48)`);
      }
    }
    if (problems.length > 0) throw new ConfigError(`Invalid environment:\n${problems.join('\n')}`);
  }
  return config;
}

/** The pages' process, as the gateway reaches it (issue 13). */
export function webUrl(cfg: Config): string {
  return cfg.WEB_URL ?? `http://127.0.0.1:${cfg.WEB_PORT}`;
}

/**
 * What the pages' process reads (issue 13). JWT_SECRET only for the development sign-in, which mints
 * a token as `npm run token` does; production (NODE_ENV=production or OIDC_JWKS_URL) offers none.
 */
const webSchema = schema.pick({
  NODE_ENV: true,
  GATEWAY_PORT: true,
  GATEWAY_URL: true,
  WEB_PORT: true,
  JWT_SECRET: true,
  JWT_ISSUER: true,
  JWT_AUDIENCE: true,
  OIDC_JWKS_URL: true,
});
export type WebConfig = z.infer<typeof webSchema>;

export function parseWebConfig(env: NodeJS.ProcessEnv = process.env): WebConfig {
  const result = webSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid environment:\n${lines.join('\n')}`);
  }
  return result.data;
}

/** The gateway's GraphQL endpoint, as the pages' server reaches it (issue 13). */
export function gatewayUrl(cfg: Pick<Config, 'GATEWAY_URL' | 'GATEWAY_PORT'>): string {
  return cfg.GATEWAY_URL ?? `http://127.0.0.1:${cfg.GATEWAY_PORT}/graphql`;
}

let cached: Config | undefined;

/** The process's configuration, parsed on first use. */
export function config(): Config {
  cached ??= parseConfig();
  return cached;
}

/**
 * Points this process at a database chosen at run time (the embedded PostgreSQL `npm start` just
 * started): the parsed configuration and the environment its child processes inherit both see it.
 */
export function useDatabase(url: string): void {
  process.env.DATABASE_URL = url;
  if (cached) cached = { ...cached, DATABASE_URL: url };
}

/** DATABASE_URL, required by processes that talk to PostgreSQL (`npm start` sets it for its children). */
export function databaseUrl(): string {
  const url = config().DATABASE_URL;
  if (!url) throw new ConfigError('Invalid environment:\n  DATABASE_URL: required (npm start sets it; see README.md)');
  return url;
}
