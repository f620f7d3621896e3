import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { GatewayConfig } from './gateway.config';
import { GatewayModule } from './gateway.module';
import { setUpDocs } from './openapi/docs';

export const API_PREFIX = 'api/v1';

/** The gateway as an HTTP app, ready to listen (main.ts, the embedded platform, tests). */
export async function createGatewayApp(config: GatewayConfig, options: { logger?: false | ('error' | 'warn' | 'log')[] } = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(GatewayModule.register(config), {
    logger: options.logger ?? ['error', 'warn'],
    // Our own JSON parser below (limit, media types), not Nest's default one in front of it.
    bodyParser: false,
  });
  app.setGlobalPrefix(API_PREFIX);
  // JSON bodies also as application/*+json; criteria sets of a whole province stay well under 1 MB.
  app.useBodyParser('json', { limit: '1mb', type: ['application/json', 'application/*+json'] });
  app.enableShutdownHooks();
  setUpDocs(app);
  return app;
}
