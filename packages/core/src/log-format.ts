import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { PrettyOptions } from 'pino-pretty';

/**
 * How log lines look (issue 14): JSON lines for machines (production, CI, a pipe), readable lines for a
 * person at a terminal. The JSON fields are the contract: tools parse them, so they stay as they are;
 * only their presentation changes.
 */
export type LogFormat = 'pretty' | 'json';

/** LOG_FORMAT when set; otherwise pretty when the output is a terminal. */
export function logFormat(setting: LogFormat | undefined, output: { isTTY?: boolean } = process.stdout): LogFormat {
  return setting ?? (output.isTTY ? 'pretty' : 'json');
}

/** The request line's fields, shown in its message instead of as key=value. */
const SHOWN_IN_MESSAGE = ['operationName', 'status', 'durationMs', 'sqlStatements', 'requestId'];

/**
 * One line per log record: time, level, the process, and for a request its operation, status,
 * duration, SQL statements and request id, e.g.
 * `12:00:01.234 INFO: gateway  KommunLookup 200 12 ms sql=0 request=3f2a…`; other fields follow as JSON.
 */
export const PRETTY_OPTIONS: PrettyOptions = {
  translateTime: 'SYS:HH:MM:ss.l',
  ignore: ['pid', 'hostname', 'name', 'service', ...SHOWN_IN_MESSAGE].join(','),
  singleLine: true,
  messageFormat: (log, messageKey) => {
    const service = String(log.service ?? log.name ?? '').padEnd(8);
    const parts = [service, String(log[messageKey] ?? '')];
    if (log[messageKey] === 'graphql request') {
      parts[1] = `${log.operationName ?? '(anonymous)'} ${log.status} ${log.durationMs} ms sql=${log.sqlStatements}`;
    } else {
      for (const key of ['operationName', 'status', 'durationMs', 'sqlStatements']) if (log[key] !== undefined) parts.push(`${key}=${String(log[key])}`);
    }
    if (log.requestId !== undefined) parts.push(`request=${String(log.requestId)}`);
    return parts.join(' ');
  },
};

// pino-pretty is loaded only when something is prettified: JSON output never pays for it.
const load = () => createRequire(import.meta.url)('pino-pretty') as typeof import('pino-pretty');

/** Turns one JSON log line into a readable one (with its newline); any other line passes as it is. */
export function prettifier(options: PrettyOptions = {}): (line: string) => string {
  return load().prettyFactory({ ...PRETTY_OPTIONS, ...options });
}

/** A destination for pino that writes readable lines to stdout, for a process run alone in a terminal. */
export function prettyStream(): Writable {
  return load()({ ...PRETTY_OPTIONS, sync: true });
}

/**
 * Copies JSON log lines from `input` (a child process's output) to `output` as readable lines, whole
 * lines only, so that the lines of several processes never interleave mid-line.
 */
export function prettifyLines(input: Readable, output: Writable, options: PrettyOptions = {}): void {
  const pretty = prettifier(options);
  createInterface({ input, crlfDelay: Infinity }).on('line', (line) => output.write(pretty(line)));
}
