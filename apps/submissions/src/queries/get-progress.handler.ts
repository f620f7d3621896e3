import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { computeProgress, Progress } from '../domain/progress/progress';
import { GetProgress } from './get-progress.query';
import { SheetReader } from './sheet-reader';

@QueryHandler(GetProgress)
export class GetProgressHandler implements IQueryHandler<GetProgress> {
  constructor(private readonly sheets: SheetReader) {}

  async execute({ cycleId, unitId, expectedSurveyRatio }: GetProgress): Promise<Progress> {
    const { leaves, notApplicable, scores } = await this.sheets.unitSheet(cycleId, unitId);
    return computeProgress({ leaves, notApplicable, scores, ...(expectedSurveyRatio ? { expectedSurveyRatio } : {}) });
  }
}
