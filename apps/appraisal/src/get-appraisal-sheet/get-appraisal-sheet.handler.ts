import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AppraisalSheetReader } from '../projections/appraisal-sheet/appraisal-sheet.reader';
import type { AppraisalSheetView } from '../projections/appraisal-sheet/appraisal-sheet.view';
import { AppraisalNotFoundError } from './appraisal-not-found.error';
import { GetAppraisalSheetQuery } from './get-appraisal-sheet.query';

@QueryHandler(GetAppraisalSheetQuery)
export class GetAppraisalSheetHandler implements IQueryHandler<GetAppraisalSheetQuery, AppraisalSheetView> {
  constructor(private readonly reader: AppraisalSheetReader) {}

  async execute({ cycleId, unitId }: GetAppraisalSheetQuery): Promise<AppraisalSheetView> {
    const sheet = await this.reader.sheetOf(cycleId, unitId);
    if (!sheet) throw new AppraisalNotFoundError(cycleId, unitId);
    return sheet;
  }
}
