import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { computeProgress, Progress } from '../domain/progress/progress';
import { ReadModelReader } from '../projections/submissions-read-model/read-model.reader';
import { GetProgressQuery } from './get-progress.query';

@QueryHandler(GetProgressQuery)
export class GetProgressHandler implements IQueryHandler<GetProgressQuery> {
  constructor(private readonly readModel: ReadModelReader) {}

  async execute({ cycleId, unitId, expectedSurveyRatio }: GetProgressQuery): Promise<Progress> {
    const { leaves, notApplicable, scores } = await this.readModel.unitSheet(cycleId, unitId);
    // Empty until a survey source is configured and a campaign applied points: the survey leaves stay pending.
    const surveyPoints = await this.readModel.surveyPointsOf(cycleId, unitId);
    return computeProgress({ leaves, notApplicable, scores, surveyPoints, ...(expectedSurveyRatio ? { expectedSurveyRatio } : {}) });
  }
}
