import { type CycleTransfer, createGatewayApp, type DemoAccount, signDevToken } from '@par/gateway';
import type { Role } from '@par/contracts';

export interface ServeOptions {
  port: number;
  grpcUrl: string;
  /** HS256 secret the embedded gateway verifies tokens with; the demo tokens below are signed with it. */
  jwtSecret: string;
  /** Imports and exports over HTTP (the embedded platform's). */
  transfer?: CycleTransfer;
}

/** Demo identities of the embedded province, one per role, so a newcomer can call every route at once. */
const DEMO_IDENTITIES: { sub: string; role: Role; unitId?: string }[] = [
  { sub: 'admin.sonoivu', role: 'PROVINCE_ADMIN', unitId: 'so-noi-vu' },
  { sub: 'reporter.sotuphap', role: 'UNIT_REPORTER', unitId: 'so-tu-phap' },
  { sub: 'head.sotuphap', role: 'UNIT_HEAD', unitId: 'so-tu-phap' },
  { sub: 'appraiser.sonoivu', role: 'APPRAISER', unitId: 'so-noi-vu' },
  { sub: 'chair.hoidong', role: 'COUNCIL_CHAIR', unitId: 'van-phong-ubnd-tinh' },
  { sub: 'viewer.bonoivu', role: 'NATIONAL_VIEWER' },
];

/** The demo identities with tokens signed now (8 h): the web UI's sign-in page lists them, and so does the console. */
function demoAccounts(secret: string): () => Promise<DemoAccount[]> {
  return () =>
    Promise.all(DEMO_IDENTITIES.map(async (identity) => ({ ...identity, unitId: identity.unitId ?? null, token: await signDevToken(identity, secret) })));
}

/**
 * The HTTP side of `npm start`: the gateway in this process, calling the platform's own gRPC server,
 * exactly as it calls the services' servers in distributed mode, with the web UI at `/` and the demo's
 * accounts on its sign-in page. Resolves when the process is asked to stop.
 */
export async function serveGateway(options: ServeOptions, log: (line: string) => void): Promise<void> {
  const url = options.grpcUrl;
  const accounts = demoAccounts(options.jwtSecret);
  const gateway = await createGatewayApp(
    { services: { submissions: url, appraisal: url, ranking: url, survey: url }, auth: { secret: options.jwtSecret } },
    { logger: ['error', 'warn'], transfer: options.transfer, demoAccounts: accounts },
  );
  await gateway.listen(options.port, '127.0.0.1');
  const base = `http://127.0.0.1:${options.port}`;
  process.stdout.write(`\nPAR Index platform (embedded) — web UI ${base}/ — API ${base}/api/v1 — API docs: ${base}/api/docs\n`);
  process.stdout.write('Demo bearer tokens (8 h; the web UI lists the same accounts on its sign-in page):\n');
  for (const account of await accounts()) {
    process.stdout.write(`  ${account.role.padEnd(16)} ${account.token}\n`);
  }
  log('press Ctrl-C to stop');
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await gateway.close();
}
