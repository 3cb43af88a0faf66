import { pino, type Logger } from 'pino';
import { config } from './config.ts';
import { logFormat, prettyStream } from './log-format.ts';

/**
 * JSON lines, one logger per process, named after the process (STYLE.md §9); readable lines instead
 * when LOG_FORMAT=pretty or, unset, when stdout is a terminal (log-format.ts). Under `npm start` the
 * processes write JSON into a pipe and the parent makes it readable, once (scripts/stack.ts).
 */
export function createLogger(name: string): Logger {
  const options = { name, level: config().LOG_LEVEL, base: { service: name } };
  return logFormat(config().LOG_FORMAT) === 'pretty' ? pino(options, prettyStream()) : pino(options);
}

export type { Logger };
