import type { ErrorCategory } from '@par/contracts';
import { APPRAISAL_ERROR_CODES } from '../domain';

/** No sheet for the unit in the cycle: it has not submitted, or the read model has not caught up yet. */
export class AppraisalNotFoundError extends Error {
  readonly code = 'APPRAISAL_NOT_FOUND' as const;
  readonly field = 'unitId';
  readonly category: ErrorCategory;

  constructor(cycleId: string, unitId: string) {
    super(`No appraisal of ${unitId} in cycle ${cycleId}`);
    this.name = 'AppraisalNotFoundError';
    this.category = APPRAISAL_ERROR_CODES[this.code];
  }
}
