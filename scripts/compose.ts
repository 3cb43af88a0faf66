// npm run compose: builds every subgraph schema in-process, composes the supergraph with
// @apollo/composition and writes gateway/supergraph.graphql, and the trusted-documents manifest from
// the client contract (both committed; tests check them for drift).
import { writeFileSync } from 'node:fs';
import { composeSubgraphs, trustedDocuments } from './composition.ts';

const result = await composeSubgraphs();
writeFileSync(new URL('../gateway/supergraph.graphql', import.meta.url), result.supergraphSdl);
for (const hint of result.hints) console.log(`hint: ${hint}`);
console.log(`composed ${result.subgraphs.join(', ')} into gateway/supergraph.graphql`);
const manifest = trustedDocuments();
writeFileSync(new URL('../gateway/trusted-documents.json', import.meta.url), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`wrote ${Object.keys(manifest).length} trusted documents to gateway/trusted-documents.json`);
