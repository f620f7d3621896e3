import { drive, type Operation, type PhaseRun } from './drive';
import type { HttpClient, HttpReply } from './http-client';
import type { Ledger } from './ledger';
import type { ProcessCpu } from './process-cpu';
import type { Tokens } from './tokens';
import type { Workload } from './workload';

/** How often a writer re-sends a command that lost a race before the bench gives up on it. */
const MAX_ATTEMPTS = 50;

export interface PhaseContext {
  readonly client: HttpClient;
  readonly ledger: Ledger;
  readonly tokens: Tokens;
  readonly cpu: ProcessCpu;
}

/**
 * `total` commands of the workload by `writers` concurrent writers. A lost race (another writer appended to
 * the stream first; nothing was written) is re-sent as a person would, and the command's latency includes it.
 */
export function commandPhase(
  { client, ledger, tokens, cpu }: PhaseContext,
  workload: Workload,
  writers: number,
  total: number,
  label: string,
): Promise<PhaseRun> {
  let sequence = 0;
  const service = workload.kind === 'appraisal' ? 'appraisal' : 'submissions';
  const operations = workload.writers(writers).map((next): Operation => async () => {
    const command = next();
    const token = workload.kind === 'appraisal' ? tokens.appraiser : tokens.reporterOf(command.unitId);
    const began = performance.now();
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const correlationId = `${label}-${++sequence}`;
      const reply = await client.send({ method: command.method, path: command.path, body: command.body, token, correlationId });
      ledger.record(correlationId, service, reply.status, reply.body);
      if (reply.status >= 200 && reply.status < 300) {
        workload.recorded(command);
        return { ms: performance.now() - began, conflicts: attempt };
      }
      if (!isLostRace(reply)) throw new Error(`${command.method} ${command.path} → ${reply.status} ${JSON.stringify(reply.body)}`);
    }
    throw new Error(`${command.path}: still conflicting after ${MAX_ATTEMPTS} attempts`);
  });
  return drive(operations, total, () => cpu.sample());
}

/** A 409 for a concurrent append (not a refusal such as a locked sheet, also 409): nothing was written, send it again. */
function isLostRace(reply: HttpReply): boolean {
  return reply.status === 409 && (reply.body as { code?: string } | null)?.code === 'WRONG_EXPECTED_VERSION';
}

/** The limits a command is held against: the same gateway's cheapest authenticated routes (see README.md). */
export const LIMIT_ROUTES = {
  /** The HTTP and auth stack alone: the gateway answers from the token, no service behind. */
  limit: '/api/v1/session',
  /** The same, plus the gateway's gRPC hop to a service that answers from its read model. */
  hopLimit: '/api/v1/cycles',
} as const;

export type LimitRoute = keyof typeof LIMIT_ROUTES;

/** `total` GETs of a limit route by `writers` concurrent clients, as the appraiser. */
export function limitPhase({ client, tokens, cpu }: PhaseContext, route: LimitRoute, writers: number, total: number, label: string): Promise<PhaseRun> {
  let sequence = 0;
  const path = LIMIT_ROUTES[route];
  const operation: Operation = async () => {
    const began = performance.now();
    const reply = await client.send({ method: 'GET', path, token: tokens.appraiser, correlationId: `${label}-${++sequence}` });
    if (reply.status !== 200) throw new Error(`GET ${path} → ${reply.status} ${JSON.stringify(reply.body)}`);
    return { ms: performance.now() - began, conflicts: 0 };
  };
  return drive(
    Array.from({ length: writers }, () => operation),
    total,
    () => cpu.sample(),
  );
}
