import { z } from 'zod';
import { dto } from '../openapi/dto';

// The appraisal sheet as the service answers it (documentation only).

export const AppraisalSheet = dto(
  'AppraisalSheet',
  z.object({
    cycleId: z.string(),
    unitId: z.string(),
    phase: z.enum(['appraising', 'resultSent', 'finalized']).meta({ description: 'appraising (đang thẩm định), resultSent (đã gửi kết quả), finalized (đã chốt)' }),
    sentAt: z.string(),
    explanationDeadline: z.string().meta({ description: 'Hạn giải trình (ISO-8601)' }),
    finalizedAt: z.string(),
    version: z.number().int(),
    leaves: z.array(
      z.object({
        criterion: z.string(),
        title: z.string(),
        maxPoints: z.string(),
        notApplicableBySetup: z.boolean(),
        selfPoints: z.string().meta({ description: 'Điểm tự chấm; rỗng nếu đơn vị không chấm' }),
        points: z.string().meta({ description: 'Điểm hiện tại' }),
        applicable: z.boolean(),
        reviewed: z.boolean(),
        explanation: z.enum(['none', 'open', 'resolved']),
      }),
    ),
    adjustments: z.array(
      z.object({ id: z.string(), kind: z.enum(['bonus', 'deduction']), points: z.string(), reason: z.string(), criterion: z.string(), ref: z.string(), removed: z.boolean() }),
    ),
  }).meta({ description: 'Bảng thẩm định' }),
);
