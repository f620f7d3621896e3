import { Agent, request } from 'node:http';

export interface HttpReply {
  readonly status: number;
  /** Parsed JSON, or the text when the reply is not JSON. */
  readonly body: unknown;
}

/**
 * JSON over node:http with keep-alive: sockets are reused, so at hundreds of commands a second the bench pays
 * no TCP handshake per command and its own cost stays small beside the platform's.
 */
export class HttpClient {
  // Idle sockets are closed after 4 s, before the server's 5 s keep-alive timeout: never reused as the server drops them (ECONNRESET).
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 512, timeout: 4_000 });

  constructor(private readonly origin: string) {}

  send(method: string, path: string, token: string, body?: unknown): Promise<HttpReply> {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const headers: Record<string, string | number> = { authorization: `Bearer ${token}` };
    if (payload) Object.assign(headers, { 'content-type': 'application/json', 'content-length': payload.length });
    return new Promise((resolve, reject) => {
      const outgoing = request(`${this.origin}${path}`, { method, headers, agent: this.agent }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const json = /json/.test(response.headers['content-type'] ?? '') && text.length > 0;
          resolve({ status: response.statusCode ?? 0, body: json ? JSON.parse(text) : text });
        });
      });
      outgoing.on('error', reject);
      outgoing.end(payload);
    });
  }

  /** A request that must succeed (2xx): its reply, else an error naming the problem. */
  async ok(method: string, path: string, token: string, body?: unknown): Promise<HttpReply> {
    const reply = await this.send(method, path, token, body);
    if (reply.status >= 300) throw new Error(`${method} ${path} → ${reply.status} ${JSON.stringify(reply.body)}`);
    return reply;
  }

  close(): void {
    this.agent.destroy();
  }
}
