import { context, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider, SimpleSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-node';
import {
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_HTTP_ROUTE,
  ATTR_SERVICE_NAME,
  ATTR_URL_PATH,
} from '@opentelemetry/semantic-conventions';
import type { Tracing } from './tracing.ts';

/**
 * The OpenTelemetry SDK behind tracing.ts, imported only when tracing is on. The HTTP front makes one
 * SERVER span per GraphQL request (http.ts); @apollo/gateway adds its own spans beneath it
 * (gateway.request, gateway.plan, gateway.execute, gateway.fetch per subgraph fetch) once a tracer
 * provider is registered, and the gateway's data source injects the fetch span's traceparent into the
 * subgraph request, whose SERVER span then continues the same trace. In a subgraph, each SQL statement
 * is a CLIENT span below it (sql.ts).
 *
 * The exporter is OTLP over HTTP with JSON bodies, to OTEL_EXPORTER_OTLP_ENDPOINT + /v1/traces (its
 * other OTEL_EXPORTER_OTLP_* variables, headers for instance, apply too); spans leave in batches
 * (OTEL_BSP_* variables). The process's name is `finsam-<process>`: the five processes share one
 * environment under npm start, so OTEL_SERVICE_NAME could not tell them apart.
 */
export function createTracing(service: string, options: { exporter?: SpanExporter } = {}): Tracing {
  const exporter = options.exporter ?? new OTLPTraceExporter();
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: `finsam-${service}`, 'service.namespace': 'finsam' }),
    // A test's in-memory exporter gets each span as it ends; a collector gets batches.
    spanProcessors: [options.exporter ? new SimpleSpanProcessor(exporter) : new BatchSpanProcessor(exporter)],
  });
  // Global provider, AsyncLocalStorage context manager and the W3C traceparent/baggage propagator.
  provider.register();
  const tracer = trace.getTracer('finsam-hub');
  return {
    serve(req, handle) {
      const parent = propagation.extract(context.active(), req.headers);
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      const span = tracer.startSpan(
        `${req.method ?? 'GET'} ${path}`,
        { kind: SpanKind.SERVER, attributes: { [ATTR_HTTP_REQUEST_METHOD]: req.method ?? 'GET', [ATTR_URL_PATH]: path, [ATTR_HTTP_ROUTE]: path } },
        parent,
      );
      return context.with(trace.setSpan(parent, span), () =>
        handle({
          end({ status, operationName, requestId, errorCodes }) {
            span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, status);
            if (operationName) span.setAttribute('graphql.operation.name', operationName);
            // The id every log line of the request carries, in all five processes (x-request-id).
            if (requestId) span.setAttribute('finsam.request_id', requestId);
            if (errorCodes.length > 0) span.setAttribute('finsam.error_codes', errorCodes);
            // OpenTelemetry HTTP semantic conventions: a server span is an error for 5xx only.
            if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR, message: errorCodes[0] ?? `HTTP ${status}` });
            span.end();
          },
        }),
      );
    },
    sql(args, run) {
      const parent = context.active();
      if (!trace.getSpan(parent)) return run(args);
      const first = args[0] as string | { text?: unknown } | undefined;
      const text = typeof first === 'string' ? first : typeof first?.text === 'string' ? first.text : '';
      // The hub names its raw SQL with a leading comment (/* coverage */, STYLE.md §5).
      const name = /^\s*\/\*\s*([\w.-]+)\s*\*\//.exec(text)?.[1] ?? text.trim().split(/\s/)[0]?.toUpperCase() ?? 'SQL';
      const span = tracer.startSpan(name, { kind: SpanKind.CLIENT, attributes: { 'db.system.name': 'postgresql', 'db.query.text': text } }, parent);
      const finish = (error?: unknown) => {
        if (error) span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
        span.end();
      };
      const inSpan = trace.setSpan(parent, span);
      // pg-pool's pool.query calls client.query with a callback; Prisma's adapter awaits its promise.
      const last = args.length - 1;
      const callback = args[last];
      if (typeof callback === 'function') {
        const wrapped = [...args];
        wrapped[last] = (error: unknown, result: unknown) => {
          finish(error);
          (callback as (error: unknown, result: unknown) => void)(error, result);
        };
        return context.with(inSpan, () => run(wrapped));
      }
      const result = context.with(inSpan, () => run(args));
      if (result && typeof (result as Promise<unknown>).then === 'function') {
        (result as Promise<unknown>).then(() => finish(), (error: unknown) => finish(error));
      } else {
        finish();
      }
      return result;
    },
    inject(headers) {
      propagation.inject(context.active(), headers, { set: (carrier, key, value) => carrier.set(key, value) });
    },
    shutdown: () => provider.shutdown(),
  };
}
