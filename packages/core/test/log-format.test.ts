import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { logFormat, prettifier, prettifyLines } from '../src/log-format.ts';

const requestLine = {
  level: 30,
  time: Date.UTC(2026, 0, 1, 12, 0, 1, 234),
  pid: 4242,
  hostname: 'host',
  service: 'gateway',
  requestId: 'req-7f3a',
  operationName: 'KommunLookup',
  status: 200,
  durationMs: 12,
  sqlStatements: 0,
  msg: 'graphql request',
};

describe('log format', () => {
  it('is LOG_FORMAT when set, else pretty at a terminal and JSON elsewhere', () => {
    expect(logFormat(undefined, { isTTY: true })).toBe('pretty');
    expect(logFormat(undefined, { isTTY: false })).toBe('json');
    expect(logFormat(undefined, {})).toBe('json');
    expect(logFormat('json', { isTTY: true })).toBe('json');
    expect(logFormat('pretty', { isTTY: false })).toBe('pretty');
  });

  it('shows a request as one line: process, operation, status, duration, SQL, request id', () => {
    const line = prettifier({ colorize: false })(JSON.stringify(requestLine));
    expect(line.split('\n').filter(Boolean)).toHaveLength(1);
    expect(line).toMatch(/INFO: gateway +KommunLookup 200 12 ms sql=0 request=req-7f3a\n$/);
    // Further fields follow on the same line; pid and hostname are noise at a terminal.
    const failed = prettifier({ colorize: false })(JSON.stringify({ ...requestLine, status: 400, errors: ['BAD_USER_INPUT'] }));
    expect(failed).toContain('KommunLookup 400 12 ms');
    expect(failed).toContain('{"errors":["BAD_USER_INPUT"]}');
    expect(failed).not.toContain('4242');
  });

  it('passes lines that are not JSON (a crash before the logger) through as they are', () => {
    expect(prettifier({ colorize: false })('Error: listen EADDRINUSE')).toBe('Error: listen EADDRINUSE\n');
  });

  it('prettifies whole lines only, however the input is cut into chunks', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let written = '';
    output.on('data', (chunk: Buffer) => (written += chunk.toString()));
    prettifyLines(input, output, { colorize: false });
    const json = JSON.stringify(requestLine);
    input.write(json.slice(0, 20));
    input.write(`${json.slice(20)}\n${JSON.stringify({ ...requestLine, requestId: 'req-2' }).slice(0, 30)}`);
    input.end(`${JSON.stringify({ ...requestLine, requestId: 'req-2' }).slice(30)}\n`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const lines = written.split('\n').filter(Boolean);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('request=req-7f3a');
    expect(lines[1]).toContain('request=req-2');
  });
});
