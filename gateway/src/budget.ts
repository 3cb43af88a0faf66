import { Redis } from 'ioredis';
import { ErrorCode, HttpError, type Logger } from '@finsam/core';

/**
 * Each caller's query budget: a token bucket that holds `capacity` cost units and refills at
 * `refillPerSecond`. A request takes its price from the bucket, or is refused with the seconds until
 * the bucket holds enough again: GitHub's and Shopify's rate limits, by price rather than by request.
 */
export interface BudgetOptions {
  capacity: number;
  refillPerSecond: number;
}

export interface Take {
  ok: boolean;
  /** What is left after this request (or before it, when refused). */
  remaining: number;
  /** Whole seconds until the price fits, when refused. */
  retryAfter: number;
}

export interface Budget {
  readonly options: BudgetOptions;
  /** Resolves when the store can be asked (Redis connected), or after a short wait when it cannot. */
  ready?: Promise<void>;
  take(key: string, cost: number): Promise<Take>;
  close(): Promise<void>;
}

/** The bucket after `elapsedMs` of refill, then the request's price taken if it fits. */
export function refill(options: BudgetOptions, tokens: number, elapsedMs: number, cost: number): Take & { tokens: number } {
  const now = Math.min(options.capacity, tokens + (Math.max(0, elapsedMs) / 1000) * options.refillPerSecond);
  if (cost <= now) return { ok: true, remaining: Math.floor(now - cost), retryAfter: 0, tokens: now - cost };
  return { ok: false, remaining: Math.floor(now), retryAfter: Math.ceil((cost - now) / options.refillPerSecond), tokens: now };
}

/** One process's buckets. A full bucket is forgotten, so idle callers cost no memory. */
export function memoryBudget(options: BudgetOptions, clock: () => number = Date.now): Budget {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const sweep = setInterval(() => {
    const now = clock();
    for (const [key, bucket] of buckets) {
      if (bucket.tokens + ((now - bucket.at) / 1000) * options.refillPerSecond >= options.capacity) buckets.delete(key);
    }
  }, 60_000);
  sweep.unref();
  return {
    options,
    async take(key, cost) {
      const now = clock();
      const bucket = buckets.get(key) ?? { tokens: options.capacity, at: now };
      const result = refill(options, bucket.tokens, now - bucket.at, cost);
      buckets.set(key, { tokens: result.tokens, at: now });
      return { ok: result.ok, remaining: result.remaining, retryAfter: result.retryAfter };
    },
    async close() {
      clearInterval(sweep);
    },
  };
}

/**
 * The same bucket in Redis, so that gateway replicas share a caller's budget. One Lua script reads,
 * refills and takes atomically, on Redis's clock (TIME), so replicas with skewed clocks agree.
 */
const TAKE_SCRIPT = `
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or capacity
local at = tonumber(state[2]) or now
tokens = math.min(capacity, tokens + math.max(0, now - at) / 1000 * rate)
local ok = 0
if cost <= tokens then tokens = tokens - cost; ok = 1 end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / rate * 1000) + 1000)
return { ok, tostring(tokens) }
`;

const REDIS_READY_WAIT_MS = 3_000;

export function redisBudget(options: BudgetOptions, url: string, log: Logger, prefix = 'finsam:'): Budget {
  // Fail fast and never queue: a budget that cannot be read must not hold a request up.
  const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 250 });
  // One line when Redis goes away and one when it is back, not one per reconnection attempt.
  let down = false;
  redis.on('error', (error: Error) => {
    if (!down) log.warn({ err: error.message }, 'redis unavailable: each gateway keeps its own budgets until it answers');
    down = true;
  });
  redis.on('ready', () => {
    if (down) log.info('redis answers again: budgets are shared');
    down = false;
  });
  const fallback = memoryBudget(options);
  // A replica that took requests before its first connection would count them in a bucket of its own:
  // the gateway waits for Redis before it serves, at most REDIS_READY_WAIT_MS, then serves regardless.
  const ready = new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, REDIS_READY_WAIT_MS);
    redis.once('ready', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  return {
    options,
    ready,
    async take(key, cost) {
      try {
        const [ok, tokens] = (await redis.eval(TAKE_SCRIPT, 1, `${prefix}budget:${key}`, options.capacity, options.refillPerSecond, cost)) as [number, string];
        const left = Number(tokens);
        return ok === 1
          ? { ok: true, remaining: Math.floor(left), retryAfter: 0 }
          : { ok: false, remaining: Math.floor(left), retryAfter: Math.ceil((cost - left) / options.refillPerSecond) };
      } catch {
        // Redis away: this replica's own buckets still bound each caller, so the hub degrades, never blanks.
        return fallback.take(key, cost);
      }
    },
    async close() {
      await fallback.close();
      redis.disconnect();
    },
  };
}

/** extensions.cost of every response, after Shopify's: the price, the limit and the budget left. */
export interface CostReport {
  requested: number;
  limit: number;
  budget: { remaining: number; capacity: number; refillPerSecond: number };
}

/**
 * Takes a request's price from its caller's bucket and says what it cost, or refuses it with HTTP 429
 * and Retry-After when the bucket holds less.
 */
export async function charge(budget: Budget, key: string, requested: number, limit: number): Promise<CostReport> {
  const taken = await budget.take(key, requested);
  const cost: CostReport = { requested, limit, budget: { remaining: taken.remaining, ...budget.options } };
  if (!taken.ok) {
    const { refillPerSecond } = budget.options;
    throw new HttpError(429, ErrorCode.RATE_LIMITED, `Your query budget is spent for now: this query costs ${requested}, ${taken.remaining} is left, and ${refillPerSecond} comes back each second. Try again in ${taken.retryAfter} s.`, {
      headers: { 'retry-after': String(taken.retryAfter) },
      extensions: { cost, retryAfter: taken.retryAfter },
    });
  }
  return cost;
}
