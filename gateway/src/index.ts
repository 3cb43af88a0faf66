import { config, createLogger, onShutdown, setHeapGrowingFactor } from '@finsam/core';
import { startGateway } from './gateway.ts';

const log = createLogger('gateway');
// Before any request: keeps the heap near what is alive, so that memory stays flat under load (heap.ts).
setHeapGrowingFactor(config().HEAP_GROWING_PERCENT);
const serving = await startGateway(config(), { host: process.env.HOST });
log.info({ url: serving.url }, 'gateway ready');
onShutdown(log, () => serving.close());
