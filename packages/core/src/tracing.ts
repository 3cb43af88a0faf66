import type { IncomingMessage } from 'node:http';
import { config } from './config.ts';

/**
 * OpenTelemetry traces (issue 14): with OTEL_EXPORTER_OTLP_ENDPOINT set, each process sends its spans
 * to that collector, and one client request is one trace across the gateway and the subgraphs it asks
 * (W3C traceparent, propagated by the gateway to every subgraph fetch). Without it, this module is all
 * that is loaded: no OpenTelemetry package, and a request costs one check of `tracing()`.
 */
export interface RequestSpan {
  /** Ends the request's span with what the HTTP front learned of it. */
  end(outcome: { status: number; operationName: string | null | undefined; requestId?: string; errorCodes: string[] }): void;
}

export interface Tracing {
  /** Runs one GraphQL request inside a SERVER span that continues the caller's trace, if it sent one. */
  serve<T>(req: IncomingMessage, handle: (span: RequestSpan) => Promise<T>): Promise<T>;
  /**
   * Runs one call of pg's client.query (its arguments as given) inside a CLIENT span of the request's
   * trace, so that a trace shows a subgraph's SQL; outside a traced request it only runs it.
   */
  sql(args: unknown[], run: (args: unknown[]) => unknown): unknown;
  /** Writes the active span's traceparent into an outgoing request's headers. */
  inject(headers: { set(name: string, value: string): unknown }): void;
  /** Sends what is still buffered; at shutdown. */
  shutdown(): Promise<void>;
}

let active: Tracing | undefined;

export function tracing(): Tracing | undefined {
  return active;
}

/** Installs a Tracing made elsewhere (a test's, with an in-memory exporter), or removes it. */
export function useTracing(value: Tracing | undefined): void {
  active = value;
}

/** Starts tracing for this process when OTEL_EXPORTER_OTLP_ENDPOINT is set; once per process. */
export async function startTracing(service: string): Promise<void> {
  if (active || !config().OTEL_EXPORTER_OTLP_ENDPOINT) return;
  const { createTracing } = await import('./tracing-sdk.ts');
  active = createTracing(service);
}

export async function stopTracing(): Promise<void> {
  await active?.shutdown();
}
