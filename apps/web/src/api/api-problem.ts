/** One thing wrong with a request, as the gateway names it (problem+json `errors[]`). */
export interface ProblemItem {
  code: string;
  /** The request field at fault as the client sent it (`points`, `criteria[0].code`); '' when no single field is. */
  field: string;
  detail: string;
}

/**
 * A refusal or failure of the API, as a screen shows it: the gateway's RFC 9457 problem+json (apps/gateway/src/problems)
 * with its `code` and `field`, or what went wrong on the way (no network, a proxy's HTML error page).
 */
export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string;
  readonly field: string;
  /** Every problem when the gateway checked a whole input at once; otherwise the one above. */
  readonly errors: readonly ProblemItem[];

  constructor(problem: { status: number; code: string; title: string; detail: string; field?: string; errors?: readonly ProblemItem[] }) {
    super(problem.detail || problem.title);
    this.name = 'ApiProblem';
    this.status = problem.status;
    this.code = problem.code;
    this.title = problem.title;
    this.detail = problem.detail;
    this.field = problem.field ?? '';
    this.errors = problem.errors && problem.errors.length > 0 ? problem.errors : [{ code: this.code, field: this.field, detail: this.detail }];
  }
}

/** status 0: the request never got an answer (offline, DNS, the server down). */
export const NETWORK_FAILURE = 'NETWORK';

/** The problem a failed response carries; a body that is not problem+json (a proxy's error page) still gives status and code. */
export async function problemOf(response: Response): Promise<ApiProblem> {
  const body = await response.text();
  const parsed = /json/i.test(response.headers.get('content-type') ?? '') ? parseJson(body) : undefined;
  if (isProblemBody(parsed)) {
    return new ApiProblem({
      status: response.status,
      code: parsed.code ?? `HTTP_${response.status}`,
      title: parsed.title ?? response.statusText,
      detail: parsed.detail ?? '',
      field: parsed.field ?? '',
      errors: Array.isArray(parsed.errors) ? parsed.errors.filter(isProblemItem) : undefined,
    });
  }
  return new ApiProblem({ status: response.status, code: `HTTP_${response.status}`, title: response.statusText, detail: body.slice(0, 200) });
}

export function networkProblem(error: unknown): ApiProblem {
  return new ApiProblem({ status: 0, code: NETWORK_FAILURE, title: 'Network error', detail: error instanceof Error ? error.message : String(error) });
}

/** Worth another try: no answer, or a server failing (not a refusal, and not "not available in this mode", 501). */
export function isRetryable(error: unknown): boolean {
  return error instanceof ApiProblem && (error.status === 0 || (error.status >= 500 && error.status !== 501));
}

interface ProblemBody {
  code?: string;
  title?: string;
  detail?: string;
  field?: string;
  errors?: unknown[];
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isProblemBody(value: unknown): value is ProblemBody {
  return typeof value === 'object' && value !== null && ('code' in value || 'title' in value || 'detail' in value);
}

function isProblemItem(value: unknown): value is ProblemItem {
  const item = value as Partial<ProblemItem> | null;
  return typeof item?.code === 'string' && typeof item.field === 'string' && typeof item.detail === 'string';
}
