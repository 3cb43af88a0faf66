import { z } from 'zod';
import { trustProxy } from './client-address.ts';
import { HEAP_GROWING_PERCENT } from './heap.ts';

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
  /**
   * pretty: readable lines (pino-pretty); json: one JSON object a line. Unset: pretty when stdout is a
   * terminal, JSON otherwise (issue 14). `npm start` prettifies its children's JSON itself, once.
   */
  LOG_FORMAT: z.enum(['pretty', 'json']).optional(),
  /**
   * Bearer token for GET /metrics (Prometheus). Without it /metrics is open outside production and
   * off (404) in production, so that the gateway's public port never shows it to the internet.
   */
  METRICS_TOKEN: z.string().min(16).optional(),
  /**
   * An OTLP/HTTP collector (Jaeger, Grafana Tempo, an OpenTelemetry Collector): when set, every process
   * sends its traces there (packages/core/src/tracing.ts); when unset, no OpenTelemetry code is loaded.
   */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
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
  /**
   * Shared by the pages' process and the gateway only: the pages send it beside each visitor's address,
   * and the gateway then keeps that visitor's public budget by that address (client-address.ts). Unset,
   * the gateway believes no forwarded visitor and the pages' visitors share one budget. `npm start`
   * makes one per run; production requires it of the pages, and of a gateway with WEB_URL set.
   */
  WEB_SECRET: z.string().min(16).optional(),
  /** HS256 secret for development tokens (`npm run token`). Unused when OIDC_JWKS_URL is set. */
  JWT_SECRET: z.string().min(16).default(DEV_SECRETS.JWT_SECRET),
  JWT_ISSUER: z.string().default('finsam-hub-dev'),
  JWT_AUDIENCE: z.string().default('finsam-hub'),
  /** Production: verify tokens against an OIDC issuer's key set instead of JWT_SECRET. */
  OIDC_JWKS_URL: z.string().url().optional(),
  /**
   * The pages' sign-in at that issuer (issue 13): authorization code with PKCE, by the client the
   * issuer registered for the pages. Setting it turns the sign-in on; the issuer is JWT_ISSUER, found
   * by OIDC discovery (JWT_ISSUER/.well-known/openid-configuration), so the pages sign in where the
   * gateway's tokens come from. See parseWebConfig for what it requires beside it.
   */
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  /** The client's secret, for a confidential client (client_secret_post); unset: a public client, PKCE alone. */
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /** The scopes the pages ask for, space-separated; the issuer must put role and forbund in the access token. */
  OIDC_SCOPES: z.string().regex(/(^|\s)openid(\s|$)/, 'must include openid').default('openid'),
  /**
   * Seals the pages' short-lived sign-in cookie (PKCE verifier, state, nonce; A256GCM). Required with
   * OIDC_CLIENT_ID; at least 32 bytes (openssl rand -base64 48).
   */
  SESSION_SECRET: z.string().optional(),
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
  /**
   * The gateway's heap growing factor, as a percentage over 1 (packages/core/src/heap.ts): how far its
   * old generation may grow past what is alive before V8 collects it. 0 leaves V8's own factor (up to 4).
   */
  HEAP_GROWING_PERCENT: z.coerce.number().int().min(0).max(300).default(HEAP_GROWING_PERCENT),
  /** Shared state of gateway replicas (query budgets); in memory when unset. */
  REDIS_URL: z.string().url().optional(),
  /**
   * The gateway's cache of whole public responses (gateway/src/response-cache.ts): in memory, or in
   * Redis when REDIS_URL is set, so that replicas share it and a write through any one evicts in all.
   */
  RESPONSE_CACHE: z.enum(['on', 'off']).default('on'),
  /**
   * The load balancers in front of the gateway, whose X-Forwarded-For the gateway believes when it puts
   * a public caller in a query budget (packages/core/src/client-address.ts): empty for none, a hop
   * count, or addresses and subnets (e.g. "uniquelocal" for a private container network).
   */
  TRUST_PROXY: z.string().default(''),
  /** Prefix of the hub's Redis keys, so that several hubs (or test runs) can share one Redis. */
  REDIS_KEY_PREFIX: z.string().default('finsam:'),
  /**
   * The API explorer (GraphiQL) at /graphql for browsers (gateway/src/explorer.ts): `auto` serves it
   * everywhere but in production, `on` in production too, `off` nowhere (issue 14, part 5).
   */
  EXPLORER: z.enum(['auto', 'on', 'off']).default('auto'),
  /**
   * Where the public reaches the gateway, e.g. https://finsam.example.se: every URI of the open-data
   * catalogue is made from it (issue 14), never from a request's Host header, so the URIs stay the
   * same whoever asks and however. Unset: http://localhost:GATEWAY_PORT, for development only.
   */
  PUBLIC_BASE_URL: z.string().url().optional(),
  /** The open-data catalogue's publisher (DCAT-AP-SE foaf:Agent) and contact point (vcard:hasEmail). */
  OPEN_DATA_PUBLISHER_NAME: z.string().min(1).default('Finsam-hubben'),
  /**
   * The publisher's organisationsnummer (ten digits, hyphen allowed): the publisher's URI is then the one
   * dataportal.se uses to merge a publisher across catalogues, http://dataportal.se/organisation/SE<orgnr>.
   */
  OPEN_DATA_PUBLISHER_ORGNR: z.string().regex(/^\d{6}-?\d{4}$/, 'ten digits, NNNNNN-NNNN').optional(),
  /** The publisher's kind, from the ADMS publisher type vocabulary that DCAT-AP-SE requires. */
  OPEN_DATA_PUBLISHER_TYPE: z
    .enum(['LocalAuthority', 'RegionalAuthority', 'NationalAuthority', 'NonProfitOrganisation', 'PrivateSector', 'Company', 'Academia-ScientificOrganisation', 'StandardisationBody', 'SupraNationalAuthority', 'IndustryConsortium', 'NonGovernmentalOrganisation'])
    .default('LocalAuthority'),
  OPEN_DATA_CONTACT_EMAIL: z.string().email().default('oppnadata@example.se'),
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
  try {
    trustProxy(config.TRUST_PROXY);
  } catch (error) {
    throw new ConfigError(`Invalid environment:\n  TRUST_PROXY: ${(error as Error).message}`);
  }
  if (config.NODE_ENV === 'production') {
    const problems: string[] = [];
    if (config.METRICS_TOKEN !== undefined && Buffer.byteLength(config.METRICS_TOKEN, 'utf8') < MIN_SECRET_BYTES) {
      problems.push(`  METRICS_TOKEN: must be at least ${MIN_SECRET_BYTES} bytes when NODE_ENV=production (e.g. openssl rand -base64 48)`);
    }
    problems.push(...secretProblems('INTERNAL_SECRET', config.INTERNAL_SECRET), ...jwtSecretProblems(config));
    // A gateway that serves the pages (WEB_URL, as docker-compose sets it) must know their secret, or
    // every visitor of the pages would share the pages' one public budget.
    if (config.WEB_URL !== undefined) problems.push(...webSecretProblems(config.WEB_SECRET));
    if (problems.length > 0) throw new ConfigError(`Invalid environment:\n${problems.join('\n')}`);
  }
  return config;
}

/** What is wrong with a secret in production: its public development default, or shorter than MIN_SECRET_BYTES. */
function secretProblems(name: keyof typeof DEV_SECRETS, value: string): string[] {
  if (value === DEV_SECRETS[name]) return [`  ${name}: must be set to a secret of your own when NODE_ENV=production (the development default is public)`];
  if (Buffer.byteLength(value, 'utf8') < MIN_SECRET_BYTES) return [`  ${name}: must be at least ${MIN_SECRET_BYTES} bytes when NODE_ENV=production (e.g. openssl rand -base64 48)`];
  return [];
}

/**
 * What is wrong with JWT_SECRET in production, for the gateway and the pages alike: both verify HS256
 * tokens with it (core's token.ts), so with the public default anyone could mint a national_admin's.
 * With an OIDC issuer (OIDC_JWKS_URL) no HS256 token is verified, and JWT_SECRET guards nothing.
 */
function jwtSecretProblems(config: Pick<Config, 'JWT_SECRET' | 'OIDC_JWKS_URL'>): string[] {
  return config.OIDC_JWKS_URL ? [] : secretProblems('JWT_SECRET', config.JWT_SECRET);
}

/** What is wrong with WEB_SECRET in production: absent, or shorter than MIN_SECRET_BYTES. */
function webSecretProblems(secret: string | undefined): string[] {
  if (secret === undefined) return ['  WEB_SECRET: required when NODE_ENV=production and the pages are served (the same value in the pages and the gateway; e.g. openssl rand -base64 48)'];
  if (Buffer.byteLength(secret, 'utf8') < MIN_SECRET_BYTES) return [`  WEB_SECRET: must be at least ${MIN_SECRET_BYTES} bytes when NODE_ENV=production (e.g. openssl rand -base64 48)`];
  return [];
}

/** The pages' process, as the gateway reaches it (issue 13). */
export function webUrl(cfg: Config): string {
  return cfg.WEB_URL ?? `http://127.0.0.1:${cfg.WEB_PORT}`;
}

/**
 * What the pages' process reads (issue 13). JWT_SECRET for the development sign-in, which mints a
 * token as `npm run token` does, and, without OIDC_JWKS_URL, to verify the session's token as the
 * gateway does; production (NODE_ENV=production or OIDC_JWKS_URL) offers no development sign-in, and
 * with OIDC_CLIENT_ID the pages sign in at the issuer (authorization code with PKCE).
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
  OIDC_CLIENT_ID: true,
  OIDC_CLIENT_SECRET: true,
  OIDC_SCOPES: true,
  SESSION_SECRET: true,
  PUBLIC_BASE_URL: true,
  WEB_SECRET: true,
});
export type WebConfig = z.infer<typeof webSchema>;

export function parseWebConfig(env: NodeJS.ProcessEnv = process.env): WebConfig {
  const result = webSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid environment:\n${lines.join('\n')}`);
  }
  const config = result.data;
  if (config.OIDC_CLIENT_ID) {
    const problems: string[] = [];
    // The pages verify their session as the gateway verifies a request (core's token.ts): against the
    // issuer's key set. Without it they would check tokens with JWT_SECRET, which no issuer signs with.
    if (!config.OIDC_JWKS_URL) problems.push('  OIDC_JWKS_URL: required with OIDC_CLIENT_ID (the issuer\'s key set, as the gateway has it)');
    let issuer: URL | undefined;
    try {
      issuer = new URL(config.JWT_ISSUER);
    } catch {
      problems.push('  JWT_ISSUER: must be the issuer\'s URL with OIDC_CLIENT_ID (its discovery document is JWT_ISSUER/.well-known/openid-configuration)');
    }
    if (issuer && config.NODE_ENV === 'production' && issuer.protocol !== 'https:') {
      problems.push('  JWT_ISSUER: must be https when NODE_ENV=production (OAuth 2.0 Security BCP, RFC 9700 §2.6)');
    }
    if (!config.SESSION_SECRET) problems.push(`  SESSION_SECRET: required with OIDC_CLIENT_ID (at least ${MIN_SECRET_BYTES} bytes, e.g. openssl rand -base64 48)`);
    else if (Buffer.byteLength(config.SESSION_SECRET, 'utf8') < MIN_SECRET_BYTES) problems.push(`  SESSION_SECRET: must be at least ${MIN_SECRET_BYTES} bytes (e.g. openssl rand -base64 48)`);
    // The redirect URI registered at the issuer is made from it; a request's Host header is not to
    // be trusted with it in production.
    if (config.NODE_ENV === 'production' && !config.PUBLIC_BASE_URL) problems.push('  PUBLIC_BASE_URL: required with OIDC_CLIENT_ID when NODE_ENV=production (the redirect URI is PUBLIC_BASE_URL/logga-in/callback)');
    if (problems.length > 0) throw new ConfigError(`Invalid environment:\n${problems.join('\n')}`);
  }
  if (config.NODE_ENV === 'production') {
    // The pages verify their session's token as the gateway verifies a request, so JWT_SECRET is held
    // to the gateway's rule (jwtSecretProblems).
    const problems = [...jwtSecretProblems(config), ...webSecretProblems(config.WEB_SECRET)];
    if (problems.length > 0) throw new ConfigError(`Invalid environment:\n${problems.join('\n')}`);
  }
  return config;
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
