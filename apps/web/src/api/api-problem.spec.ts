import { describe, expect, it } from 'vitest';
import { problem } from '../testing/fake-api';
import { ApiProblem, isRetryable, problemOf } from './api-problem';
import { fieldErrorsOf, namePathOf } from './field-errors';

describe('a refusal of the gateway, as a form shows it', () => {
  it('problem+json becomes { status, code, title, detail, field }', async () => {
    const refused = await problemOf(
      problem(422, { code: 'POINTS_ABOVE_MAX', title: 'Dữ liệu không hợp lệ', detail: 'points 1.50 exceed the maximum 1.00 of 1.1', field: 'points' }),
    );

    expect(refused).toBeInstanceOf(ApiProblem);
    expect(refused).toMatchObject({
      status: 422,
      code: 'POINTS_ABOVE_MAX',
      title: 'Dữ liệu không hợp lệ',
      detail: 'points 1.50 exceed the maximum 1.00 of 1.1',
      field: 'points',
    });
    expect(fieldErrorsOf(refused)).toEqual([{ name: ['points'], errors: ['points 1.50 exceed the maximum 1.00 of 1.1'] }]);
  });

  it('a whole input checked at once: every field named gets its own messages', async () => {
    const refused = await problemOf(
      problem(422, {
        code: 'FIELD_INVALID',
        title: 'Dữ liệu không hợp lệ',
        detail: 'criteria[0].code is required',
        field: 'criteria[0].code',
        errors: [
          { code: 'FIELD_REQUIRED', field: 'criteria[0].code', detail: 'criteria[0].code is required' },
          { code: 'FIELD_INVALID', field: 'criteria[0].children[1].maxPoints', detail: 'at most 2 decimals' },
          { code: 'FIELD_INVALID', field: 'criteria[0].children[1].maxPoints', detail: 'must be positive' },
        ],
      }),
    );

    expect(fieldErrorsOf(refused)).toEqual([
      { name: ['criteria', 0, 'code'], errors: ['criteria[0].code is required'] },
      { name: ['criteria', 0, 'children', 1, 'maxPoints'], errors: ['at most 2 decimals', 'must be positive'] },
    ]);
  });

  it('a refusal naming no field is left for a banner', async () => {
    const refused = await problemOf(problem(409, { code: 'ALREADY_SUBMITTED', title: 'Xung đột với trạng thái hiện tại', detail: 'already submitted' }));
    expect(refused.field).toBe('');
    expect(fieldErrorsOf(refused)).toEqual([]);
  });

  it('a proxy’s HTML error page still gives a status and a code', async () => {
    const refused = await problemOf(
      new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway', headers: { 'content-type': 'text/html' } }),
    );
    expect(refused).toMatchObject({ status: 502, code: 'HTTP_502', title: 'Bad Gateway', field: '' });
    expect(isRetryable(refused)).toBe(true);
  });

  it('a refusal is never retried; a failing server is', () => {
    expect(isRetryable(new ApiProblem({ status: 422, code: 'X', title: '', detail: '' }))).toBe(false);
    expect(isRetryable(new ApiProblem({ status: 501, code: 'TRANSFER_NOT_AVAILABLE', title: '', detail: '' }))).toBe(false);
    expect(isRetryable(new ApiProblem({ status: 503, code: 'UPSTREAM_UNAVAILABLE', title: '', detail: '' }))).toBe(true);
  });
});

describe('field names as the gateway writes them', () => {
  it('dots are names, brackets an index or a key', () => {
    expect(namePathOf('points')).toEqual(['points']);
    expect(namePathOf('evidence[2].documentNo')).toEqual(['evidence', 2, 'documentNo']);
    expect(namePathOf('scores[1.1].points')).toEqual(['scores', '1.1', 'points']);
  });
});
