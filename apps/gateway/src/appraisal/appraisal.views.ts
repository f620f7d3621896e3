import { z } from 'zod';
import type { ClientReply } from '@par/contracts';
import { dto } from '../openapi/dto';
import { absentAsNull } from '../shared/absent';
import { decimalText } from '../shared/shared.schemas';

// The appraisal sheet as the API answers it: what has not happened (yet) is null.

const instant = (description: string) =>
  z
    .string()
    .nullable()
    .meta({ description: `${description} (ISO-8601); null nếu chưa có` });

export const AppraisalSheet = dto(
  'AppraisalSheet',
  z
    .object({
      cycleId: z.string(),
      unitId: z.string(),
      phase: z
        .enum(['appraising', 'resultSent', 'finalized'])
        .meta({ description: 'appraising (đang thẩm định), resultSent (đã gửi kết quả), finalized (đã chốt)' }),
      sentAt: instant('Thời điểm gửi kết quả'),
      explanationDeadline: instant('Hạn giải trình'),
      finalizedAt: instant('Thời điểm chốt'),
      version: z.number().int(),
      leaves: z.array(
        z.object({
          criterion: z.string(),
          title: z.string(),
          maxPoints: decimalText('Điểm tối đa'),
          notApplicableBySetup: z.boolean(),
          selfPoints: decimalText('Điểm tự chấm; null nếu đơn vị không chấm').nullable(),
          points: decimalText('Điểm hiện tại; null nếu tiêu chí không áp dụng').nullable(),
          applicable: z.boolean(),
          reviewed: z.boolean(),
          explanation: z.enum(['none', 'open', 'resolved']),
        }),
      ),
      adjustments: z.array(
        z.object({
          id: z.string(),
          kind: z.enum(['bonus', 'deduction']),
          points: decimalText('Số điểm'),
          reason: z.string(),
          criterion: z.string().nullable().meta({ description: 'Tiêu chí liên quan; null nếu không có' }),
          ref: z.string().nullable().meta({ description: 'Văn bản căn cứ; null nếu không có' }),
          removed: z.boolean(),
        }),
      ),
    })
    .meta({ description: 'Bảng thẩm định' }),
);

type Sheet = z.output<typeof AppraisalSheet>;

export function appraisalSheetView(reply: ClientReply<'appraisal', 'getAppraisalSheet'>): Sheet {
  return {
    cycleId: reply.cycleId,
    unitId: reply.unitId,
    phase: reply.phase as Sheet['phase'],
    sentAt: absentAsNull(reply.sentAt),
    explanationDeadline: absentAsNull(reply.explanationDeadline),
    finalizedAt: absentAsNull(reply.finalizedAt),
    version: reply.version,
    leaves: reply.leaves.map((leaf) => ({
      criterion: leaf.criterion,
      title: leaf.title,
      maxPoints: leaf.maxPoints,
      notApplicableBySetup: leaf.notApplicableBySetup,
      selfPoints: absentAsNull(leaf.selfPoints),
      points: absentAsNull(leaf.points),
      applicable: leaf.applicable,
      reviewed: leaf.reviewed,
      explanation: leaf.explanation as Sheet['leaves'][number]['explanation'],
    })),
    adjustments: reply.adjustments.map(({ id, kind, points, reason, criterion, ref, removed }) => ({
      id,
      kind: kind as Sheet['adjustments'][number]['kind'],
      points,
      reason,
      criterion: absentAsNull(criterion),
      ref: absentAsNull(ref),
      removed,
    })),
  };
}
