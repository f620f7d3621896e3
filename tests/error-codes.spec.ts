import type { INestApplication } from '@nestjs/common';
import { APPRAISAL_ERROR_CODES, AppraisalError } from '@par/appraisal';
import { PUBLISHED_INDEX_ERROR_CODES, PublishedIndexError, SURVEY_ERROR_CODES, SurveyError } from '@par/survey';
import { ERROR_CATEGORIES, ErrorCategory, GRPC_STATUS_BY_CATEGORY, HTTP_STATUS_BY_CATEGORY, parseRpcError, toRpcError } from '@par/contracts';
import { DOMAIN_ERROR_CODES, DomainError } from '@par/domain';
import { UnstorableEventError, WrongExpectedVersionError } from '@par/event-store';
import { createGatewayApp, signDevToken } from '@par/gateway';
import { REQUEST_ERROR_CODES, RequestError } from '@par/grpc-server';
import { RANKING_ERROR_CODES, RankingError } from '@par/ranking';
import { SUBMISSIONS_ERROR_CODES, SubmissionsError } from '@par/submissions';
import { freePort } from '@par/testing';
import { startRefusingService } from './support/refusing-service';

jest.setTimeout(60_000);

// One test walks every code of every catalogue: its category decides its gRPC status, the status gives the
// category back, and the gateway answers the category's HTTP status — through a real gRPC call and a real gateway.

interface Refusal {
  catalogue: string;
  code: string;
  category: ErrorCategory;
  error: Error;
}

function catalogue<Code extends string>(name: string, codes: Readonly<Record<Code, ErrorCategory>>, refusal: (code: Code) => Error): Refusal[] {
  return (Object.keys(codes) as Code[]).map((code) => ({ catalogue: name, code, category: codes[code], error: refusal(code) }));
}

const eventStoreRefusal = (error: WrongExpectedVersionError | UnstorableEventError): Refusal => ({
  catalogue: 'event-store',
  code: error.code,
  category: error.category,
  error,
});

const REFUSALS: Refusal[] = [
  ...catalogue('domain', DOMAIN_ERROR_CODES, (code) => new DomainError(code, `refused: ${code}`, { field: 'points' })),
  ...catalogue('request', REQUEST_ERROR_CODES, (code) => new RequestError(code, `refused: ${code}`, 'cycleId')),
  ...catalogue('submissions', SUBMISSIONS_ERROR_CODES, (code) => new SubmissionsError(code, `refused: ${code}`, { field: 'unitId' })),
  ...catalogue('appraisal', APPRAISAL_ERROR_CODES, (code) => new AppraisalError(code, `refused: ${code}`, 'criterion')),
  ...catalogue('ranking', RANKING_ERROR_CODES, (code) => new RankingError(code, `refused: ${code}`, 'cycleId')),
  ...catalogue('survey', SURVEY_ERROR_CODES, (code) => new SurveyError(code, `refused: ${code}`, 'campaignId')),
  ...catalogue('published-index', PUBLISHED_INDEX_ERROR_CODES, (code) => new PublishedIndexError(code, `refused: ${code}`, 'year')),
  eventStoreRefusal(new WrongExpectedVersionError('cycle:tinh-2025', 3, 4)),
  eventStoreRefusal(new UnstorableEventError('events[0].data.note', 'a NUL character')),
];

/** The examples the old name-pattern mapping stood for: each must keep its status. */
const EXAMPLES: [code: string, category: ErrorCategory, http: number][] = [
  ['SCORE_OFF_STEP', 'invalid', 422],
  ['REASON_REQUIRED', 'invalid', 422],
  ['CRITERION_UNKNOWN', 'invalid', 422],
  ['WRONG_UNIT', 'forbidden', 403],
  ['ROLE_NOT_ALLOWED', 'forbidden', 403],
  ['APPRAISER_OWN_UNIT', 'forbidden', 403],
  ['CYCLE_NOT_FOUND', 'not-found', 404],
  ['WRONG_EXPECTED_VERSION', 'conflict', 409],
  ['SELF_ASSESSMENT_LOCKED', 'wrong-state', 409],
  ['APPRAISAL_FINALIZED', 'wrong-state', 409],
  ['CRITERIA_SET_FROZEN', 'wrong-state', 409],
  ['EXPLANATION_WINDOW_CLOSED', 'wrong-state', 409],
  ['CYCLE_ALREADY_EXISTS', 'wrong-state', 409],
  ['DEADLINE_PASSED', 'wrong-state', 409],
];

const SECRET = 'error-codes-secret-for-the-gateway-only-0123456789';
/** The cycle id the refusing service answers `refusal` for (a valid path parameter). */
const cycleOf = (refusal: Refusal) => `${refusal.catalogue}.${refusal.code}`;

describe('every error code, from its catalogue to the HTTP status the gateway answers', () => {
  let service: Awaited<ReturnType<typeof startRefusingService>>;
  let gateway: INestApplication;
  let origin: string;
  let token: string;

  beforeAll(async () => {
    service = await startRefusingService(new Map(REFUSALS.map((refusal) => [cycleOf(refusal), refusal.error])));
    gateway = await createGatewayApp({ services: { submissions: service.url }, auth: { secret: SECRET } });
    const port = await freePort();
    await gateway.listen(port, '127.0.0.1');
    origin = `http://127.0.0.1:${port}`;
    token = await signDevToken({ sub: 'nguyen.thi.noivu', role: 'PROVINCE_ADMIN', unitId: 'so-noi-vu' }, SECRET);
  });
  afterAll(async () => {
    await gateway?.close();
    await service?.close();
  });

  it('walks every catalogue (none of them empty)', () => {
    expect(new Set(REFUSALS.map((refusal) => refusal.catalogue))).toEqual(
      new Set(['domain', 'request', 'submissions', 'appraisal', 'ranking', 'survey', 'published-index', 'event-store']),
    );
    expect(REFUSALS.length).toBeGreaterThan(60);
  });

  it.each(REFUSALS.map((refusal) => [refusal.catalogue, refusal.code, refusal]))('%s %s', async (_catalogue, _code, refusal) => {
    const { code, category, error } = refusal as Refusal;
    expect(ERROR_CATEGORIES).toContain(category);
    // The error class declares its catalogue's category itself.
    expect((error as Error & { category?: unknown }).category).toBe(category);

    const status = toRpcError(error);
    expect(status.code).toBe(GRPC_STATUS_BY_CATEGORY[category]);
    expect(parseRpcError(status)).toEqual(expect.objectContaining({ code, category, grpcStatus: GRPC_STATUS_BY_CATEGORY[category] }));

    const response = await fetch(`${origin}/api/v1/cycles/${cycleOf(refusal as Refusal)}`, { headers: { authorization: `Bearer ${token}` } });
    const problem = (await response.json()) as { status: number; code: string };
    expect({ http: response.status, status: problem.status, code: problem.code }).toEqual({
      http: HTTP_STATUS_BY_CATEGORY[category],
      status: HTTP_STATUS_BY_CATEGORY[category],
      code,
    });
  });

  it('a code in two catalogues has the same category in both', () => {
    const categories = new Map<string, Set<ErrorCategory>>();
    for (const { code, category } of REFUSALS) categories.set(code, (categories.get(code) ?? new Set()).add(category));
    const split = [...categories].filter(([, found]) => found.size > 1).map(([code, found]) => `${code}: ${[...found].join(', ')}`);
    expect(split).toEqual([]);
  });

  it.each(EXAMPLES)('%s stays %s, HTTP %d', (code, category, http) => {
    const found = REFUSALS.filter((refusal) => refusal.code === code);
    expect(found.length).toBeGreaterThan(0);
    for (const refusal of found) expect({ catalogue: refusal.catalogue, category: refusal.category }).toEqual({ catalogue: refusal.catalogue, category });
    expect(HTTP_STATUS_BY_CATEGORY[category]).toBe(http);
  });
});
