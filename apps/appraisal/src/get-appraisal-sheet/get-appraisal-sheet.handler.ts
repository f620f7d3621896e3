import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AppraisalError } from '../domain';
import { AppraisalSheetReader } from '../projections/appraisal-sheet/appraisal-sheet.reader';
import type { AppraisalSheetView } from '../projections/appraisal-sheet/appraisal-sheet.view';
import { GetAppraisalSheetQuery } from './get-appraisal-sheet.query';

@QueryHandler(GetAppraisalSheetQuery)
export class GetAppraisalSheetHandler implements IQueryHandler<GetAppraisalSheetQuery, AppraisalSheetView> {
  constructor(private readonly reader: AppraisalSheetReader) {}

  async execute({ cycleId, unitId }: GetAppraisalSheetQuery): Promise<AppraisalSheetView> {
    const sheet = await this.reader.sheetOf(cycleId, unitId);
    // Not submitted yet, or the read model has not caught up.
    if (!sheet) throw new AppraisalError('APPRAISAL_NOT_FOUND', `No appraisal of ${unitId} in cycle ${cycleId}`, 'unitId');
    return sheet;
  }
}
