import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadModelReader } from '../projections/submissions-read-model/read-model.reader';
import { GetSelfAssessmentQuery, SelfAssessmentView } from './get-self-assessment.query';

@QueryHandler(GetSelfAssessmentQuery)
export class GetSelfAssessmentHandler implements IQueryHandler<GetSelfAssessmentQuery> {
  constructor(private readonly readModel: ReadModelReader) {}

  async execute({ cycleId, unitId }: GetSelfAssessmentQuery): Promise<SelfAssessmentView> {
    const { leaves, notApplicable, scores, sheet } = await this.readModel.unitSheet(cycleId, unitId);
    const scoreOf = new Map(scores.map((score) => [score.criterion, score]));
    return {
      cycleId,
      unitId,
      status: sheet?.status ?? 'draft',
      submissions: sheet?.submissions ?? 0,
      leaves: leaves.map((leaf) => {
        const score = scoreOf.get(leaf.code);
        return {
          criterion: leaf.code,
          title: leaf.title,
          maxPoints: leaf.maxPoints.toString(),
          source: leaf.source,
          applicable: !notApplicable.includes(leaf.code),
          points: score?.points,
          evidence: score?.evidence ?? [],
          note: score?.note ?? undefined,
        };
      }),
    };
  }
}
