import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { GatewayConfig } from './gateway.config';
import { GatewayModule, type GatewayModuleOptions } from './gateway.module';
import { setUpDocs } from './openapi/docs';
import { type DemoAccount, serveDemoAccounts } from './web/demo-accounts';
import { serveWebApp, WEB_APP_DIST } from './web/web-app';

export const API_PREFIX = 'api/v1';

export interface GatewayAppOptions extends GatewayModuleOptions {
  logger?: false | ('error' | 'warn' | 'log')[];
  /** Where the built web UI is, served at `/` (default: this checkout's apps/web/dist); null: the API alone. */
  webRoot?: string | null;
  /**
   * The embedded demo's accounts (`npm start`), listed at GET /api/v1/demo/accounts for the web UI's sign-in page,
   * each token signed when asked. Absent, as in every real deployment: that route is a 404.
   */
  demoAccounts?: () => Promise<readonly DemoAccount[]>;
}

/** The gateway as an HTTP app, ready to listen (main.ts, the embedded platform with its `transfer`, tests). */
export async function createGatewayApp(config: GatewayConfig, options: GatewayAppOptions = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(GatewayModule.register(config, { transfer: options.transfer }), {
    logger: options.logger ?? ['error', 'warn'],
    // Our own JSON parser below (limit, media types), not Nest's default one in front of it.
    bodyParser: false,
  });
  app.setGlobalPrefix(API_PREFIX);
  // JSON bodies also as application/*+json; criteria sets of a whole province stay well under 1 MB. Multipart
  // is left to the one route that takes it (the import's file, parsed there with its own limits).
  app.useBodyParser('json', { limit: '1mb', type: ['application/json', 'application/*+json'] });
  app.enableShutdownHooks();
  if (options.demoAccounts) serveDemoAccounts(app, `/${API_PREFIX}/demo/accounts`, options.demoAccounts);
  setUpDocs(app);
  // The UI answers only outside /api: the API, its docs and its 404 problems stay as they were.
  if (options.webRoot !== null) serveWebApp(app, options.webRoot ?? WEB_APP_DIST);
  return app;
}
