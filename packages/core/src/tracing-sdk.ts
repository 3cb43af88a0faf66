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
 * subgraph request, whose SERVER span then continues the same trace.
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
    inject(headers) {
      propagation.inject(context.active(), headers, { set: (carrier, key, value) => carrier.set(key, value) });
    },
    shutdown: () => provider.shutdown(),
  };
}
