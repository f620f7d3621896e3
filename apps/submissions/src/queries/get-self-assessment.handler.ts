import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { GetSelfAssessment, SelfAssessmentView } from './get-self-assessment.query';
import { SheetReader } from './sheet-reader';

@QueryHandler(GetSelfAssessment)
export class GetSelfAssessmentHandler implements IQueryHandler<GetSelfAssessment> {
  constructor(private readonly sheets: SheetReader) {}

  async execute({ cycleId, unitId }: GetSelfAssessment): Promise<SelfAssessmentView> {
    const { leaves, notApplicable, scores, sheet } = await this.sheets.unitSheet(cycleId, unitId);
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
          points: score?.points ?? '',
          evidence: score?.evidence ?? [],
          note: score?.note ?? '',
        };
      }),
    };
  }
}
