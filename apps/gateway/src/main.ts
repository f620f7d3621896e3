import 'reflect-metadata';
import { createGatewayApp } from './gateway.app';

/**
 * Distributed mode: the gateway alone, calling the services' gRPC servers. Env: SUBMISSIONS_GRPC_URL,
 * APPRAISAL_GRPC_URL and RANKING_GRPC_URL (optional), PAR_JWT_SECRET or PAR_JWKS_URL (+ PAR_JWT_ISSUER, PAR_JWT_AUDIENCE), PORT.
 */
async function main(): Promise<void> {
  const app = await createGatewayApp({
    services: {
      submissions: required('SUBMISSIONS_GRPC_URL'),
      ...(process.env.APPRAISAL_GRPC_URL ? { appraisal: process.env.APPRAISAL_GRPC_URL } : {}),
      ...(process.env.RANKING_GRPC_URL ? { ranking: process.env.RANKING_GRPC_URL } : {}),
    },
    auth: {
      secret: process.env.PAR_JWT_SECRET,
      jwksUrl: process.env.PAR_JWKS_URL,
      issuer: process.env.PAR_JWT_ISSUER,
      audience: process.env.PAR_JWT_AUDIENCE,
    },
  });
  const port = Number(process.env.PORT ?? 3000);
  await app.listen(port, process.env.HOST ?? '0.0.0.0');
  console.error(`PAR gateway: http://localhost:${port}/api/v1 — docs at http://localhost:${port}/api/docs`);
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

void main();
