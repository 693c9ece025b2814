import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './app/create-app';
import { loadConfig } from './config/app-config';
import { describeStore } from './config/store-config';
import { serveWebUi } from './web-ui/serve-web-ui';

/** `node -r @swc-node/register apps/api/src/main.ts` (or `npm start`). */
async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config, { mountWebUi: serveWebUi });
  new Logger('SatuPintu').log(
    `Listening on ${await app.getUrl()}: ${config.webUiDir ? 'the web UI at /, ' : ''}the API at /api (events in ${describeStore(config.store)}, data in ${config.dataDir}${config.demo ? ', demo mode' : ''})`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
