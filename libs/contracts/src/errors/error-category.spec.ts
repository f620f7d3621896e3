import { categoryOfGrpcStatus, ERROR_CATEGORIES, GRPC_STATUS_BY_CATEGORY, HTTP_STATUS_BY_CATEGORY } from './error-category';

describe('how a refusal is reported, by its category', () => {
  it.each([
    ['invalid', 3, 422],
    ['forbidden', 7, 403],
    ['not-found', 5, 404],
    ['conflict', 10, 409],
    ['wrong-state', 9, 409],
  ] as const)('%s is gRPC %d and HTTP %d', (category, grpc, http) => {
    expect(GRPC_STATUS_BY_CATEGORY[category]).toBe(grpc);
    expect(HTTP_STATUS_BY_CATEGORY[category]).toBe(http);
    expect(categoryOfGrpcStatus(grpc)).toBe(category);
  });

  it('every category has one gRPC status of its own, and an HTTP status', () => {
    expect(Object.keys(GRPC_STATUS_BY_CATEGORY).sort()).toEqual([...ERROR_CATEGORIES].sort());
    expect(Object.keys(HTTP_STATUS_BY_CATEGORY).sort()).toEqual([...ERROR_CATEGORIES].sort());
    expect(new Set(Object.values(GRPC_STATUS_BY_CATEGORY)).size).toBe(ERROR_CATEGORIES.length);
  });

  it('statuses that are failures, not refusals, have no category', () => {
    for (const status of [0, 1, 2, 4, 8, 12, 13, 14, 16]) expect(categoryOfGrpcStatus(status)).toBeUndefined();
  });
});
