// npm run compose: builds every subgraph schema in-process, composes the supergraph with
// @apollo/composition and writes gateway/supergraph.graphql (committed; a test checks it for drift).
import { writeFileSync } from 'node:fs';
import { composeSubgraphs } from './composition.ts';

const result = await composeSubgraphs();
writeFileSync(new URL('../gateway/supergraph.graphql', import.meta.url), result.supergraphSdl);
for (const hint of result.hints) console.log(`hint: ${hint}`);
console.log(`composed ${result.subgraphs.join(', ')} into gateway/supergraph.graphql`);
