// The hub's API explorer: GraphiQL, bundled by Vite with every script, style, font and Monaco web worker
// served from the hub's own origin (issue 14, part 5: Apollo's landing page loads Sandbox from CDNs and
// fails offline). GraphiQL 5 edits in Monaco, whose language services run in web workers; Vite must know
// them ahead of time, which graphiql's own setup-workers/vite module does with `?worker` imports.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';
import { Kind, parse } from 'graphql';

/** One contract operation, as the gateway writes it into the page. */
interface Example {
  name: string;
  query: string;
  variables: string;
}

const examples = JSON.parse(document.getElementById('finsam-examples')?.textContent ?? '[]') as Example[];
// Same origin as the page: the explorer asks nothing of any other host.
const http = createGraphiQLFetcher({ url: new URL('/graphql', window.location.href).href });

/**
 * GraphiQL 5.4 learns a tab's operation name 100 ms after its text changes (operation-editor.js,
 * debounce), so Run pressed just after switching tabs sends the previous tab's name with the new
 * text, and the gateway answers "Unknown operation named …". A name the document does not define is
 * dropped here when the document has one operation, the one the user sees.
 */
const fetcher: Fetcher = (params, options) => {
  if (params.operationName) {
    try {
      const operations = parse(params.query).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
      const named = operations.some((o) => o.name?.value === params.operationName);
      if (!named && operations.length === 1) return http({ ...params, operationName: operations[0]?.name?.value ?? null }, options);
    } catch {
      // Not parseable: the gateway says what is wrong with it.
    }
  }
  return http(params, options);
};
const root = document.getElementById('graphiql');
if (!root) throw new Error('The explorer page has no #graphiql element.');

// GraphiQL 5.4 fills the first tab's query from defaultTabs but not its variables (provider.js:
// initialVariables is only the stored or given value), so the first visit's variables are given here.
// Only then: with tabs already in storage, initialVariables would add a tab of its own on every visit.
const firstVisit = window.localStorage.getItem('graphiql:tabState') === null;

createRoot(root).render(
  createElement(GraphiQL, {
    fetcher,
    // One tab per contract operation, named by the operation; GraphiQL keeps the user's tabs in
    // localStorage afterwards, so these are the first visit's tabs.
    defaultTabs: examples.map((example) => ({ query: example.query, variables: example.variables })),
    ...(firstVisit && examples[0] ? { initialVariables: examples[0].variables } : {}),
    defaultEditorToolsVisibility: true,
    // A development token goes in the headers editor: {"authorization": "Bearer ..."}. Never written to
    // localStorage (which also hides GraphiQL's setting to do so): a token is pasted again after a reload.
    isHeadersEditorEnabled: true,
    shouldPersistHeaders: false,
  }),
);
