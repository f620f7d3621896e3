// The gateway's one public entry: what composition roots (apps/cli, tests/, infra scripts) may use.
export { API_PREFIX, createGatewayApp } from './gateway.app';
export { GatewayModule } from './gateway.module';
export { gatewayConfigOf, gatewayEnvironment, type GatewayConfig, type GatewayEnvironment } from './gateway.config';
export type { ServiceUrls } from './grpc/service-clients';
export type { AuthConfig } from './auth/auth.config';
export { signDevToken, type DevTokenClaims } from './auth/dev-token';
