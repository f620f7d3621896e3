import type { ErrorCategory } from '../errors/error-category';
import { parseRpcError, toRpcError } from './rpc-error';

/** The categories these codes' catalogues declare. */
const CATEGORY: Record<string, ErrorCategory> = { SELF_ASSESSMENT_LOCKED: 'wrong-state', WRONG_EXPECTED_VERSION: 'conflict', METHOD_MAX_OFF_STEP: 'invalid' };

class ServiceError extends Error {
  readonly category: ErrorCategory;
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly problems?: { code: string; field: string; message: string }[],
  ) {
    super(message);
    this.category = CATEGORY[code];
  }
}

describe('refusals across gRPC', () => {
  it('a service error keeps code and field; its category picks the status', () => {
    const status = toRpcError(new ServiceError('SELF_ASSESSMENT_LOCKED', 'submitted: locked', 'unitId'));
    expect(status.code).toBe(9); // FAILED_PRECONDITION
    expect(JSON.parse(status.details)).toEqual({ code: 'SELF_ASSESSMENT_LOCKED', field: 'unitId', message: 'submitted: locked' });
    expect(parseRpcError(status)).toEqual({
      code: 'SELF_ASSESSMENT_LOCKED',
      field: 'unitId',
      message: 'submitted: locked',
      category: 'wrong-state',
      grpcStatus: 9,
    });
  });

  it('a concurrent change is ABORTED, without a field', () => {
    const status = toRpcError(new ServiceError('WRONG_EXPECTED_VERSION', 'Stream "x" is at version 3, expected 2'));
    expect(status.code).toBe(10);
    expect(parseRpcError(status)).toEqual(expect.objectContaining({ code: 'WRONG_EXPECTED_VERSION', field: '', category: 'conflict' }));
  });

  it('every problem travels when a whole input was checked at once', () => {
    const problems = [
      { code: 'METHOD_MAX_OFF_STEP', field: 'criteria[1.1].maxPoints', message: 'a' },
      { code: 'CRITERION_CODE_DUPLICATE', field: 'criteria[1.2].code', message: 'b' },
    ];
    const status = toRpcError(new ServiceError('METHOD_MAX_OFF_STEP', 'a', 'criteria[1.1].maxPoints', problems));
    expect(parseRpcError(status).problems).toEqual(problems);
  });

  it('failures of ours (SQL, system, plain errors) are INTERNAL and say nothing of their cause', () => {
    for (const error of [
      Object.assign(new Error('relation "x" does not exist'), { code: '42P01' }),
      Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }),
      new Error('boom'),
    ]) {
      const status = toRpcError(error);
      expect(status.code).toBe(13);
      expect(JSON.parse(status.details)).toEqual({ code: 'INTERNAL', field: '', message: 'Internal error' });
    }
  });

  it('a status without a body (a deadline) still parses into the same shape', () => {
    expect(parseRpcError({ code: 4, details: 'Deadline exceeded' })).toEqual({
      code: 'GRPC_STATUS_4',
      field: '',
      message: 'Deadline exceeded',
      category: 'internal',
      grpcStatus: 4,
    });
  });

  it('an error with a code but no declared category is a failure of ours, not a refusal', () => {
    const status = toRpcError(Object.assign(new Error('getaddrinfo EAI_AGAIN kafka.internal'), { code: 'EAI_AGAIN' }));
    expect(status.code).toBe(13);
    expect(status.details).not.toContain('kafka.internal');
  });

  it('an INTERNAL status parses as internal, never as a refusal of the input', () => {
    expect(parseRpcError(toRpcError(new Error('boom')))).toMatchObject({ code: 'INTERNAL', category: 'internal', grpcStatus: 13 });
  });
});
