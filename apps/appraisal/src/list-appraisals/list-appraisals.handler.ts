import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AppraisalSheetReader } from '../projections/appraisal-sheet/appraisal-sheet.reader';
import type { AppraisalSummaryView } from '../projections/appraisal-sheet/appraisal-sheet.view';
import { ListAppraisalsQuery } from './list-appraisals.query';

// A cycle with no appraisal yet (or one the service never heard of) lists none: which cycles exist is the submissions service's to say.
@QueryHandler(ListAppraisalsQuery)
export class ListAppraisalsHandler implements IQueryHandler<ListAppraisalsQuery, AppraisalSummaryView[]> {
  constructor(private readonly reader: AppraisalSheetReader) {}

  execute({ cycleId }: ListAppraisalsQuery): Promise<AppraisalSummaryView[]> {
    return this.reader.appraisalsOf(cycleId);
  }
}
