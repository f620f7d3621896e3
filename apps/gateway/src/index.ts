// The gateway's one public entry: what composition roots (apps/cli, tests/, infra scripts) use.
export { createGatewayApp } from './gateway.app';
export { signDevToken, type DevTokenClaims } from './auth/dev-token';
