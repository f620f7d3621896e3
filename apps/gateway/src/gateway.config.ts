import { hostPortField, httpUrlField, portField } from '@par/config';
import { z } from 'zod';
import type { AuthConfig } from './auth/auth.config';
import type { ServiceUrls } from './grpc/service-clients';

/**
 * What the gateway needs: where the services listen (gRPC host:port) and how tokens are verified. The
 * same in both modes: embedded, the services' gRPC servers run in the same process on local ports.
 */
export interface GatewayConfig {
  services: ServiceUrls;
  auth: AuthConfig;
}

/** The gateway's environment in distributed mode, parsed once at start (main.ts, parseConfig). */
export const gatewayEnvironment = z
  .object({
    PORT: portField().default(3000),
    HOST: z.string().trim().default('0.0.0.0'),
    SUBMISSIONS_GRPC_URL: hostPortField,
    /** Unset: the appraisal routes are not mounted. */
    APPRAISAL_GRPC_URL: hostPortField.optional(),
    /** Unset: the results, audit and decision routes are not mounted. */
    RANKING_GRPC_URL: hostPortField.optional(),
    /** Unset: the survey routes are not mounted. */
    SURVEY_GRPC_URL: hostPortField.optional(),
    PAR_JWT_SECRET: z.string().optional(),
    PAR_JWKS_URL: httpUrlField.optional(),
    PAR_JWT_ISSUER: z.string().optional(),
    PAR_JWT_AUDIENCE: z.string().optional(),
  })
  .refine((env) => env.PAR_JWT_SECRET !== undefined || env.PAR_JWKS_URL !== undefined, {
    path: ['PAR_JWT_SECRET'],
    message: 'expected PAR_JWT_SECRET (HS256) or PAR_JWKS_URL (an OIDC provider’s keys): bearer tokens cannot be verified without one',
  });

export type GatewayEnvironment = z.output<typeof gatewayEnvironment>;

export function gatewayConfigOf(env: GatewayEnvironment): GatewayConfig {
  return {
    services: {
      submissions: env.SUBMISSIONS_GRPC_URL,
      ...(env.APPRAISAL_GRPC_URL ? { appraisal: env.APPRAISAL_GRPC_URL } : {}),
      ...(env.RANKING_GRPC_URL ? { ranking: env.RANKING_GRPC_URL } : {}),
      ...(env.SURVEY_GRPC_URL ? { survey: env.SURVEY_GRPC_URL } : {}),
    },
    auth: { secret: env.PAR_JWT_SECRET, jwksUrl: env.PAR_JWKS_URL, issuer: env.PAR_JWT_ISSUER, audience: env.PAR_JWT_AUDIENCE },
  };
}
