// A process that allocates as the gateway does under load (packages/core/test/heap.test.ts): a set that
// stays alive, and answers that each live a while before they are garbage. Prints what its heap reached.
import { setHeapGrowingFactor } from '../src/heap.ts';

setHeapGrowingFactor(Number(process.argv[2]));
const alive = Array.from({ length: 200_000 }, (_, i) => ({ i, name: `forbund ${i}`, years: [i, i + 1] }));
const inFlight: unknown[] = [];
let peak = 0;
for (let round = 0; round < 20; round += 1) {
  for (let j = 0; j < 10; j += 1) inFlight.push(alive.slice(j * 1_000, j * 1_000 + 20_000).map((a) => ({ ...a, years: [...a.years] })));
  if (inFlight.length > 30) inFlight.splice(0, 10);
  peak = Math.max(peak, process.memoryUsage().heapTotal);
}
process.stdout.write(JSON.stringify({ peakHeapTotal: peak }));
