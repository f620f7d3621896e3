import { Agent, request } from 'node:http';

export interface LoadRun {
  readonly requests: number;
  readonly failures: number;
  /** First non-2xx status with the start of its body, to say why a run failed. */
  readonly firstFailure: string | null;
  readonly seconds: number;
  readonly latenciesMs: readonly number[];
}

/**
 * `clients` concurrent clients, each sending the next GET as soon as the previous answer is read, for
 * `durationMs` (closed loop: the rate is what the server sustains). Plain node:http with keep-alive, the
 * cheapest client at hand: the clients share the 2 cores with the server under test.
 */
export async function closedLoop(url: string, headers: Record<string, string>, clients: number, durationMs: number): Promise<LoadRun> {
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const latenciesMs: number[] = [];
  let failures = 0;
  let firstFailure: string | null = null;
  const started = performance.now();
  const deadline = started + durationMs;
  const client = async () => {
    while (performance.now() < deadline) {
      const sent = performance.now();
      const { status, body } = await get(url, headers, agent);
      latenciesMs.push(performance.now() - sent);
      if (status < 200 || status >= 300) {
        failures += 1;
        firstFailure ??= `${status} ${body.slice(0, 200)}`;
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return { requests: latenciesMs.length, failures, firstFailure, seconds, latenciesMs };
}

function get(url: string, headers: Record<string, string>, agent: Agent): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const call = request(url, { agent, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    call.on('error', reject);
    call.end();
  });
}

/** The q-quantile (0..1) of the latencies, nearest rank. */
export function quantile(latenciesMs: readonly number[], q: number): number {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
}
