import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.ts';
import { codeLabel, operationLabel } from '../src/metrics.ts';

describe('metric labels', () => {
  it('keep contract operation names, and fold every other name into one label', () => {
    expect(operationLabel('MethodPage')).toBe('MethodPage');
    // The gateway's name for its fetch of MethodPage's part from the methods subgraph.
    expect(operationLabel('MethodPage__methods__0')).toBe('MethodPage');
    expect(operationLabel('MethodPageX')).toBe('other');
    expect(operationLabel('methodpage')).toBe('other');
    expect(operationLabel(null)).toBe('anonymous');
    expect(operationLabel('')).toBe('anonymous');
    expect(operationLabel(undefined)).toBe('none');
  });

  it('keep the hub and Apollo error codes, and fold any other code into OTHER', () => {
    expect(codeLabel('RATE_LIMITED')).toBe('RATE_LIMITED');
    expect(codeLabel('GRAPHQL_PARSE_FAILED')).toBe('GRAPHQL_PARSE_FAILED');
    expect(codeLabel('SOMETHING_A_CLIENT_MADE_UP')).toBe('OTHER');
    expect(codeLabel(undefined)).toBe('OTHER');
  });
});

describe('METRICS_TOKEN', () => {
  const secrets = { INTERNAL_SECRET: 'k'.repeat(32), JWT_SECRET: 'j'.repeat(32) };

  it('is optional, and in production at least 32 bytes like the other secrets', () => {
    expect(parseConfig({ NODE_ENV: 'production', ...secrets }).METRICS_TOKEN).toBeUndefined();
    expect(() => parseConfig({ NODE_ENV: 'production', ...secrets, METRICS_TOKEN: 'm'.repeat(31) })).toThrow(/METRICS_TOKEN: must be at least 32 bytes/);
    expect(parseConfig({ NODE_ENV: 'production', ...secrets, METRICS_TOKEN: 'm'.repeat(32) }).METRICS_TOKEN).toBe('m'.repeat(32));
    expect(parseConfig({ METRICS_TOKEN: 'm'.repeat(16) }).METRICS_TOKEN).toBe('m'.repeat(16));
  });
});
