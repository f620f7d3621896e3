import { Query } from '@nestjs/cqrs';
import type { Progress } from '../domain/progress/progress';

/** Where a unit stands during the year (the domain's computeProgress over the read model). */
export class GetProgressQuery extends Query<Progress> {
  constructor(
    readonly cycleId: string,
    readonly unitId: string,
    /** In [0, 1]; absent: survey-held points are not projected. */
    readonly expectedSurveyRatio?: string,
  ) {
    super();
  }
}
