// Hive Gateway as the benchmark's peer (bench/load.ts): it forwards to each subgraph the identity the
// client signed for that subgraph, as the hub's gateway signs its own (x-finsam-identity, core
// identity.ts), so that both gateways ask the same subgraphs the same way.
import { defineConfig } from '@graphql-hive/gateway';

export const gatewayConfig = defineConfig({
  propagateHeaders: {
    fromClientToSubgraphs({ request, subgraphName }) {
      const identity = request.headers.get(`x-finsam-identity-${subgraphName}`);
      return identity ? { 'x-finsam-identity': identity } : {};
    },
  },
});
