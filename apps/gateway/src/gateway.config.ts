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
