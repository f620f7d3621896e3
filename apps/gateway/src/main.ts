import 'reflect-metadata';
import { parseConfig, runMain } from '@par/config';
import { gatewayConfigOf, gatewayEnvironment } from './gateway.config';
import { createGatewayApp } from './gateway.app';

/** Distributed mode: the gateway alone, calling the services' gRPC servers (environment: gateway.config.ts). */
async function main(): Promise<void> {
  const env = parseConfig('gateway', gatewayEnvironment, process.env);
  const app = await createGatewayApp(gatewayConfigOf(env));
  await app.listen(env.PORT, env.HOST);
  console.error(`PAR gateway: http://localhost:${env.PORT}/api/v1 — docs at http://localhost:${env.PORT}/api/docs`);
}

runMain(main);
