import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * How the web UI joins the app: the web module passes a WebUiMount to createApp, which calls it
 * with the built UI's folder (apps/web/dist, when it exists) before the server starts. The API
 * stays under /api whatever the mount serves.
 */
export type WebUiMount = (app: NestFastifyApplication, folder: string) => void | Promise<void>;
