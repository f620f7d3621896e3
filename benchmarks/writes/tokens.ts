import { signDevToken } from '@par/gateway';

/** The bench's callers, with tokens the platform accepts (signed with the secret it was started with). */
export interface Tokens {
  /** An appraiser of the Department of Home Affairs' appraisal office, a unit outside the bench's cycles. */
  readonly appraiser: string;
  reporterOf(unitId: string): string;
}

export async function benchTokens(secret: string, unitIds: readonly string[]): Promise<Tokens> {
  const appraiser = await signDevToken({ sub: 'bench.thamdinh', role: 'APPRAISER', unitId: 'phong-tham-dinh' }, secret);
  const reporters = new Map(
    await Promise.all(unitIds.map(async (unitId) => [unitId, await signDevToken({ sub: `bench.${unitId}`, role: 'UNIT_REPORTER', unitId }, secret)] as const)),
  );
  return {
    appraiser,
    reporterOf: (unitId) => {
      const token = reporters.get(unitId);
      if (!token) throw new Error(`no reporter token for ${unitId}`);
      return token;
    },
  };
}
