import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { GatewayConfig } from './gateway.config';
import { GatewayModule, type GatewayModuleOptions } from './gateway.module';
import { setUpDocs } from './openapi/docs';

export const API_PREFIX = 'api/v1';

export interface GatewayAppOptions extends GatewayModuleOptions {
  logger?: false | ('error' | 'warn' | 'log')[];
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
  setUpDocs(app);
  return app;
}
