import { Query } from '@nestjs/cqrs';
import type { AppraisalSummaryView } from '../projections/appraisal-sheet/appraisal-sheet.view';

/** The appraisals of a cycle, one per unit that has submitted, as the read model holds them (eventually consistent with the log). */
export class ListAppraisalsQuery extends Query<AppraisalSummaryView[]> {
  constructor(readonly cycleId: string) {
    super();
  }
}
