import { type ApiProblem, networkProblem, problemOf } from './api-problem';

export const API_BASE = '/api/v1';

export interface ApiClientOptions {
  /** The signed-in user's bearer token, read at each request; null: none sent. */
  token: () => string | null;
  /** A 401 to a request that carried a token: the token expired or was refused. */
  onUnauthorized?: (problem: ApiProblem) => void;
  baseUrl?: string;
  /** Defaults to the browser's fetch, looked up at each call (tests stub it). */
  fetch?: typeof fetch;
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Query parameters; undefined ones are left out. */
  query?: Record<string, string | undefined>;
}

/** The one way the UI reaches /api/v1: JSON in and out, the bearer token, refusals thrown as ApiProblem. */
export interface ApiClient {
  get<T>(path: string, options?: RequestOptions): Promise<T>;
  /** A command: a JSON body, or FormData for an upload (the browser sets its multipart boundary). */
  send<T>(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown, options?: RequestOptions): Promise<T>;
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const base = options.baseUrl ?? API_BASE;

  async function request<T>(method: string, path: string, body: unknown, { signal, query }: RequestOptions = {}): Promise<T> {
    const token = options.token();
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const isForm = body instanceof FormData;
    if (body !== undefined && !isForm) headers['content-type'] = 'application/json';

    let response: Response;
    try {
      response = await (options.fetch ?? fetch)(urlOf(base, path, query), {
        method,
        headers,
        body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
        signal,
      });
    } catch (error) {
      // A cancelled query (react-query aborts what nobody waits for any more) is not a failure to show.
      if (signal?.aborted) throw error;
      throw networkProblem(error);
    }
    if (!response.ok) {
      const problem = await problemOf(response);
      if (response.status === 401 && token) options.onUnauthorized?.(problem);
      throw problem;
    }
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    return (text === '' ? undefined : JSON.parse(text)) as T;
  }

  return {
    get: (path, requestOptions) => request('GET', path, undefined, requestOptions),
    send: (verb, path, body, requestOptions) => request(verb, path, body, requestOptions),
  };
}

function urlOf(base: string, path: string, query: RequestOptions['query']): string {
  const parameters = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) if (value !== undefined) parameters.set(name, value);
  const search = parameters.toString();
  return `${base}${path}${search ? `?${search}` : ''}`;
}
