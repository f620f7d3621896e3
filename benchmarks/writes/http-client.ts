import { Agent, request } from 'node:http';

export interface HttpCall {
  readonly method: 'GET' | 'PUT';
  readonly path: string;
  readonly token: string;
  readonly correlationId: string;
  readonly body?: object;
}

export interface HttpReply {
  readonly status: number;
  readonly body: unknown;
}

/**
 * Node's own HTTP client over kept-alive connections, one per writer: the lightest client at hand, since
 * it shares the machine's two cores with the platform it measures.
 */
export class HttpClient {
  private readonly agent: Agent;

  constructor(
    private readonly baseUrl: string,
    connections: number,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets: connections });
  }

  send(call: HttpCall): Promise<HttpReply> {
    const payload = call.body === undefined ? undefined : JSON.stringify(call.body);
    const headers: Record<string, string> = { authorization: `Bearer ${call.token}`, 'x-correlation-id': call.correlationId, accept: 'application/json' };
    if (payload !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = String(Buffer.byteLength(payload));
    }
    return new Promise((resolve, reject) => {
      const outgoing = request(`${this.baseUrl}${call.path}`, { method: call.method, headers, agent: this.agent }, (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: incoming.statusCode ?? 0, body: text === '' ? null : parseJson(text) });
        });
        incoming.on('error', reject);
      });
      outgoing.on('error', reject);
      outgoing.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
