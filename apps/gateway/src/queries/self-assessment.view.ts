import { z } from 'zod';
import type { ClientReply } from '@par/contracts';
import { dto } from '../openapi/dto';
import { absentAsNull } from '../shared/absent';
import { evidenceView } from '../shared/evidence.view';
import { decimalText, Evidence } from '../shared/shared.schemas';

export const SelfAssessmentView = dto(
  'SelfAssessmentView',
  z
    .object({
      cycleId: z.string(),
      unitId: z.string(),
      status: z.enum(['draft', 'submitted']).meta({ description: 'draft (nháp) hoặc submitted (đã nộp, bị khoá)' }),
      submissions: z.number().int().meta({ description: 'Số lần đã nộp' }),
      leaves: z.array(
        z.object({
          criterion: z.string(),
          title: z.string(),
          maxPoints: decimalText('Điểm tối đa'),
          source: z.string(),
          applicable: z.boolean(),
          points: decimalText('Điểm tự chấm; null nếu đơn vị chưa chấm').nullable(),
          evidence: z.array(Evidence),
          note: z.string().nullable().meta({ description: 'Ghi chú của đơn vị; null nếu không có' }),
        }),
      ),
    })
    .meta({ description: 'Bảng tự đánh giá của đơn vị' }),
);

export function selfAssessmentView(reply: ClientReply<'submissions', 'getSelfAssessment'>): z.output<typeof SelfAssessmentView> {
  return {
    cycleId: reply.cycleId,
    unitId: reply.unitId,
    status: reply.status as z.output<typeof SelfAssessmentView>['status'],
    submissions: reply.submissions,
    leaves: reply.leaves.map((leaf) => ({
      criterion: leaf.criterion,
      title: leaf.title,
      maxPoints: leaf.maxPoints,
      source: leaf.source,
      applicable: leaf.applicable,
      points: absentAsNull(leaf.points),
      evidence: leaf.evidence.map(evidenceView),
      note: absentAsNull(leaf.note),
    })),
  };
}
