import type { CycleFile } from '@par/contracts';
import { auditTrail } from '../audit/audit.command';
import { logToStderr } from '../cli/cli-error';
import { LOGGED_SERVICES } from '../embedded/embedded-platform';
import { loadDemo } from '../demo/surveys/load-demo';
import { openPlatform } from '../platform/platform';
import { cycleResults } from '../results/results.command';
import { formatResults, textTable } from '../results/results-formats';
import { freePort } from '../embedded/free-port';
import { gatewaySecret } from './gateway-secret';
import { serveGateway } from './serve-platform';
import { EmbeddedCycleTransfer } from '../transfer/embedded-cycle-transfer';
import { ensureWebBuilt } from './web-build';

export interface StartOptions {
  dataDir: string;
  /** Print the demo's results and exit instead of serving the API. */
  once?: boolean;
  /** HTTP port of the API (default 3000). */
  port?: number;
  /** The embedded gateway's token secret (PAR_JWT_SECRET); unset: one generated per data dir. */
  jwtSecret?: string;
}

/**
 * The zero-setup run: the services on the embedded database, fed the demo cycle through the same import a
 * province would use and its surveys through the survey service (once: a second start records nothing), then
 * what they answer — the results, every value a disputed leaf took, and the hash chains — so a newcomer sees
 * every layer work.
 */
export async function start({ dataDir, once = false, port = 3000, jwtSecret }: StartOptions): Promise<void> {
  const grpcUrl = once ? undefined : `127.0.0.1:${await freePort()}`;
  // The web UI is served at `/`: a fresh clone or a pull builds it first.
  if (grpcUrl) await ensureWebBuilt(logToStderr);
  const platform = await openPlatform(dataDir, logToStderr, { grpcUrl });
  try {
    const { file } = await loadDemo(platform, logToStderr);
    process.stdout.write(`\n${file.cycle.title} (${file.cycle.id})\n`);
    process.stdout.write(formatResults(await cycleResults(platform, file.cycle.id), 'table'));

    const disputed = firstCouncilChange(file);
    if (disputed) {
      const audit = await auditTrail(platform, file.cycle.id, disputed.unit, disputed.criterion);
      process.stdout.write(`\nEvery value ${disputed.unit} ${disputed.criterion} took (par audit ${file.cycle.id} ${disputed.unit} ${disputed.criterion}):\n`);
      process.stdout.write(
        textTable(
          ['stage', 'points', 'actor', 'role', 'time', 'reason'],
          audit.entries.map((entry) => [entry.stage, entry.points ?? '', entry.actor, entry.role, entry.time, entry.reason ?? entry.note ?? '']),
        ),
      );
    }
    process.stdout.write('\n');
    for (const service of LOGGED_SERVICES) {
      const verdict = await platform.stores[service].verify();
      process.stdout.write(
        `verify ${service}: ${verdict.ok ? `ok (${verdict.events} events in ${verdict.streams} streams)` : `BROKEN at ${verdict.firstBroken.streamId} v${verdict.firstBroken.streamVersion}`}\n`,
      );
    }
    if (grpcUrl) {
      const transfer = new EmbeddedCycleTransfer(platform, logToStderr);
      await serveGateway({ port, grpcUrl, jwtSecret: gatewaySecret(dataDir, jwtSecret), transfer }, logToStderr);
    }
  } finally {
    await platform.close();
  }
}

/** The demo's first leaf the council changed after the unit explained it: the story of a dispute. */
function firstCouncilChange(file: CycleFile): { unit: string; criterion: string } | undefined {
  for (const appraisal of file.appraisals ?? []) {
    const changed = appraisal.explanations?.find((explanation) => explanation.decision === 'changed');
    if (changed) return { unit: appraisal.unit, criterion: changed.criterion };
  }
  return undefined;
}
