import { Query } from '@nestjs/cqrs';
import type { AppraisalSheetView } from '../projections/appraisal-sheet/appraisal-sheet.view';

/** A unit's appraisal sheet as the read model holds it (eventually consistent with the log). */
export class GetAppraisalSheetQuery extends Query<AppraisalSheetView> {
  constructor(
    readonly cycleId: string,
    readonly unitId: string,
  ) {
    super();
  }
}
