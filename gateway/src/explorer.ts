import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  parse,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

/**
 * The API explorer (issue 14, part 5): GraphiQL, built from gateway/explorer/app into
 * gateway/explorer/build at `npm install` (gateway/explorer/build.mjs) and served from the gateway's own
 * origin, in place of Apollo's landing page, which loads Sandbox from Apollo's CDNs and Google's fonts
 * and shows nothing on a closed network. Browsers asking for /graphql as HTML get it; its files are
 * under /graphql/explorer/. Off in production unless EXPLORER=on.
 */
export const EXPLORER_PATH = '/graphql/explorer/';
export const EXPLORER_BUILD = new URL('../explorer/build/', import.meta.url);

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Everything the page may load comes from this origin; Monaco and GraphiQL set inline styles, and the
 * Monaco workers are same-origin module workers. With this, a CDN reference that crept into a future
 * GraphiQL would be refused by the browser as well as missing from the test's network log.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "worker-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** One contract operation as an explorer tab. */
export interface Example {
  name: string;
  query: string;
  /** JSON for the variables editor. */
  variables: string;
}

/**
 * Variables that answer with data on the demo data (README, "Demo data"): Södertälje–Nykvarn's budget
 * years 2005 and 2006 (seed 001), kommun 0181 (Södertälje), the method På rätt väg (seed 002). By
 * operation and variable first, then by variable name alone.
 */
const DEMO_VALUES: Record<string, unknown> = {
  'ForbundProfile.id': 'sodertalje-nykvarn',
  'MethodPage.id': 'pa-ratt-vag',
  'UpdateProject.id': 'kbt-vardcentral-sodertalje',
  'PublishProject.id': 'kbt-vardcentral-sodertalje',
  projectId: 'kbt-vardcentral-sodertalje',
  forbundId: 'sodertalje-nykvarn',
  code: '0181',
  kommunCode: '0181',
  year: 2006,
  fromYear: 2005,
  toYear: 2006,
};

/**
 * A value of the given input type for the variables editor: demo data where the name is known, else a
 * placeholder of the right shape, with the required fields of input objects filled in. Optional
 * fields are left out, for the user to add with GraphiQL's completion.
 */
function sample(type: GraphQLInputType, name: string, operation: string, depth = 0): unknown {
  const known = DEMO_VALUES[`${operation}.${name}`] ?? DEMO_VALUES[name];
  if (known !== undefined) return known;
  const inner = getNullableType(type);
  if (isListType(inner)) return depth > 4 ? [] : [sample(inner.ofType, name, operation, depth + 1)];
  const named = getNamedType(inner);
  if (isEnumType(named)) return named.getValues()[0]?.name ?? null;
  if (isInputObjectType(named)) {
    if (depth > 4) return {};
    const fields = Object.values(named.getFields()).filter((field) => isNonNullType(field.type) && field.defaultValue === undefined);
    return Object.fromEntries(fields.map((field) => [field.name, sample(field.type, field.name, operation, depth + 1)]));
  }
  switch (named.name) {
    case 'Int':
    case 'Kronor':
      return 0;
    case 'Float':
      return 0;
    case 'Boolean':
      return false;
    case 'Date':
      return '2026-01-01';
    default:
      return '';
  }
}

/**
 * The contract's operations as explorer tabs, from the trusted-documents manifest (built from
 * contract/operations.graphql by `npm run compose`, checked for drift), so that each tab's text is
 * exactly a trusted document and runs under TRUSTED_DOCUMENTS=enforce too. Variables: required ones and
 * the ones the demo data gives a value for.
 */
export function contractExamples(documents: Record<string, string>, schema: GraphQLSchema): Example[] {
  return Object.values(documents).map((query) => {
    const operation = parse(query).definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
    const name = operation?.name?.value ?? 'Anonymous';
    const variables: Record<string, unknown> = {};
    for (const definition of operation?.variableDefinitions ?? []) {
      const variable = definition.variable.name.value;
      const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
      const known = DEMO_VALUES[`${name}.${variable}`] ?? DEMO_VALUES[variable];
      if (!type || (!isNonNullType(type) && known === undefined)) continue;
      variables[variable] = sample(type, variable, name);
    }
    return { name, query, variables: JSON.stringify(variables, null, 2) };
  });
}

interface Asset {
  body: Buffer;
  gzipped?: Buffer;
  type: string;
}

function readAssets(dir: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder)) {
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) walk(path);
      else assets.set(relative(dir, path).split('\\').join('/'), { body: readFileSync(path), type: CONTENT_TYPES[extname(path)] ?? 'application/octet-stream' });
    }
  };
  walk(dir);
  return assets;
}

/** The page a browser gets when the explorer is off: what the endpoint is and how to reach it. */
function offMessage(origin: string, reason: string): string {
  return [
    "This is the Finsam hub's GraphQL endpoint.",
    '',
    reason,
    '',
    'Send GraphQL as POST with content-type: application/json, for example:',
    '',
    `  curl -s ${origin}/graphql -H 'content-type: application/json' -d '{"query":"{ lans { code name } }"}'`,
    '',
    'A GET needs the header apollo-require-preflight: true (CSRF prevention). The operations the hub',
    'promises to serve are its client contract, contract/operations.graphql in the repository.',
    '',
  ].join('\n');
}

export interface ExplorerOptions {
  /** Whether the explorer is served (EXPLORER, with NODE_ENV deciding `auto`). */
  enabled: boolean;
  schema: GraphQLSchema;
  /** The trusted-documents manifest: the contract's operations by hash. */
  documents: Record<string, string>;
  /** Where the built explorer is; default gateway/explorer/build. */
  buildDir?: URL;
}

/** Whether EXPLORER and NODE_ENV turn the explorer on: `auto` means everywhere but production. */
export function explorerEnabled(setting: 'auto' | 'on' | 'off', production: boolean): boolean {
  return setting === 'on' || (setting === 'auto' && !production);
}

/** A route for serveApollo: the explorer page at /graphql (for browsers) and its files. */
export function explorerRoute(options: ExplorerOptions): (req: IncomingMessage, res: ServerResponse) => boolean {
  const dir = fileURLToPath(options.buildDir ?? EXPLORER_BUILD);
  const built = options.enabled && existsSync(join(dir, 'index.html'));
  const assets = built ? readAssets(dir) : new Map<string, Asset>();
  const examples = options.enabled ? contractExamples(options.documents, options.schema) : [];
  // JSON in a <script> element: `<` escaped, so no operation text can close the element.
  const examplesJson = JSON.stringify(examples).replace(/</g, '\\u003c');
  const page = built
    ? assets
        .get('index.html')!
        .body.toString('utf8')
        .replace('<!--finsam-examples-->', `<script id="finsam-examples" type="application/json">${examplesJson}</script>`)
    : '';

  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith(EXPLORER_PATH)) {
      const asset = assets.get(url.pathname.slice(EXPLORER_PATH.length));
      if (!asset || url.pathname.endsWith('/index.html')) return false;
      const headers: Record<string, string> = {
        'content-type': asset.type,
        // File names carry a content hash (Vite), so a file never changes under its name.
        'cache-control': 'public, max-age=31536000, immutable',
        'x-content-type-options': 'nosniff',
        vary: 'Accept-Encoding',
      };
      let body = asset.body;
      if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && asset.body.length > 1024 && !asset.type.startsWith('font/')) {
        // Monaco alone is 2.8 MB; compressed once, on first request, and kept.
        asset.gzipped ??= gzipSync(asset.body);
        body = asset.gzipped;
        headers['content-encoding'] = 'gzip';
      }
      res.writeHead(200, { ...headers, 'content-length': String(body.length) });
      res.end(req.method === 'HEAD' ? undefined : body);
      return true;
    }
    // Apollo's rule for its landing page: a GET to the endpoint that asks for HTML and carries no query.
    const wantsPage = url.pathname === '/graphql' && !url.searchParams.has('query') && !url.searchParams.has('extensions') && String(req.headers.accept ?? '').includes('text/html');
    if (!wantsPage) return false;
    const origin = `http://${req.headers.host ?? 'localhost'}`;
    if (!options.enabled) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end(offMessage(origin, 'The API explorer is off in production (NODE_ENV=production). Set EXPLORER=on to serve it here.'));
      return true;
    }
    if (!built) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end(offMessage(origin, `The API explorer is not built (no ${join(dir, 'index.html')}). npm install builds it; so does npm run build:explorer.`));
      return true;
    }
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      // The page carries the contract's examples, which change with a deployment: always ask again.
      'cache-control': 'no-cache',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
    res.end(req.method === 'HEAD' ? undefined : page);
    return true;
  };
}
