import { pino, type Logger } from 'pino';
import { config } from './config.ts';

/** JSON lines, one logger per process, named after the process (STYLE.md §9). */
export function createLogger(name: string): Logger {
  return pino({ name, level: config().LOG_LEVEL, base: { service: name } });
}

export type { Logger };
