/** No sheet for the unit in the cycle: it has not submitted, or the read model has not caught up yet. */
export class AppraisalNotFoundError extends Error {
  readonly code = 'APPRAISAL_NOT_FOUND' as const;
  readonly field = 'unitId';

  constructor(cycleId: string, unitId: string) {
    super(`No appraisal of ${unitId} in cycle ${cycleId}`);
    this.name = 'AppraisalNotFoundError';
  }
}
