// The gateway's one public entry: what composition roots (apps/cli, tests/, infra scripts) use.
export { createGatewayApp, type GatewayAppOptions } from './gateway.app';
// Imports and exports over HTTP: the composition passes its CycleTransfer as `createGatewayApp(config, { transfer })`.
export {
  ImportRefusedError,
  type CycleTransfer,
  type ExportedCycle,
  type ImportState,
  type ImportStatus,
  type TransferFormat,
  type TransferProblem,
  type UploadedCycleFile,
} from './transfer/cycle-transfer.port';
export { signDevToken, type DevTokenClaims } from './auth/dev-token';
// The web UI's sign-in in the embedded demo: the composition passes `createGatewayApp(config, { demoAccounts })`.
export type { DemoAccount } from './web/demo-accounts';
