import { vi } from 'vitest';

type Answer = unknown | ((request: Request) => Response | Promise<Response>);

/** Every request the UI made, to check what it sent (the bearer token, the path). */
export interface FakeApi {
  requests: Request[];
}

/**
 * window.fetch answering the UI as the gateway would: `'GET /api/v1/cycles/x'` → a JSON body (or a Response of
 * one's own); any other path → the gateway's 404 problem (ROUTE_NOT_FOUND).
 */
export function fakeApi(routes: Record<string, Answer>): FakeApi {
  const requests: Request[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(new URL(String(input), 'http://par.test'), init);
      requests.push(request);
      const answer = routes[`${request.method} ${new URL(request.url).pathname}`];
      if (answer === undefined) return problem(404, { code: 'ROUTE_NOT_FOUND', title: 'Không tìm thấy', detail: `Cannot ${request.method} ${request.url}` });
      if (typeof answer === 'function') return answer(request);
      return json(200, answer);
    }),
  );
  return { requests };
}

export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** A problem+json answer as apps/gateway/src/problems writes it. */
export function problem(status: number, fields: { code: string; title: string; detail: string; field?: string; errors?: unknown[] }): Response {
  const body = { type: `urn:par:problem:${fields.code.toLowerCase()}`, status, field: '', ...fields };
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json' } });
}
