import { config, createLogger, onShutdown } from '@finsam/core';
import { startGateway } from './gateway.ts';

const log = createLogger('gateway');
const serving = await startGateway(config(), { host: process.env.HOST });
log.info({ url: serving.url }, 'gateway ready');
onShutdown(log, () => serving.close());
