import { mkdirSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '../config/app-config';
import { setupDocs } from '../docs/swagger';
import { AllExceptionsFilter } from '../errors/all-exceptions.filter';
import { createValidationPipe } from '../errors/validation-pipe';
import { registerHttpMetrics } from '../metrics/http-metrics';
import { MetricsService } from '../metrics/metrics.service';
import { AppModule } from './app.module';
import { acceptJsonBodiesOnly } from './body-parsing';
import type { WebUiMount } from './web-ui';

export const API_PREFIX = 'api';

export interface CreateAppOptions {
  /** Serves the built web UI (see WebUiMount); called only when config.webUiDir exists. */
  mountWebUi?: WebUiMount;
}

/**
 * The SatuPintu HTTP app on Fastify, listening on config.port (0 picks a free port, for tests).
 * Read models are caught up and, in demo mode, demo accounts exist before it listens.
 */
export async function createApp(
  config: AppConfig,
  options: CreateAppOptions = {},
): Promise<NestFastifyApplication> {
  mkdirSync(config.dataDir, { recursive: true });
  // skipMiddie: the app has no Nest middleware, and @fastify/middie would otherwise run on every request.
  const adapter = new FastifyAdapter({ bodyLimit: config.bodyLimitBytes, skipMiddie: true });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    logger: config.logging ? undefined : false,
    abortOnError: false,
    // Bodies are parsed by acceptJsonBodiesOnly, not by Nest's parsers.
    bodyParser: false,
  });
  try {
    app.setGlobalPrefix(API_PREFIX);
    app.useGlobalFilters(new AllExceptionsFilter());
    app.useGlobalPipes(createValidationPipe());
    app.enableShutdownHooks();
    acceptJsonBodiesOnly(adapter.getInstance());
    // Before app.init() registers the routes, so the hook sees every one of them.
    registerHttpMetrics(adapter.getInstance(), app.get(MetricsService));
    setupDocs(app);
    if (options.mountWebUi && config.webUiDir) await options.mountWebUi(app, config.webUiDir);
    await app.listen(config.port, config.host);
    return app;
  } catch (error) {
    await app.close();
    throw error;
  }
}
