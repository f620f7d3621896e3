import { z } from 'zod';
import type { ClientReply } from '@par/contracts';
import { dto } from '../openapi/dto';

const PHASES = ['notStarted', 'appraising', 'resultSent', 'finalized'] as const;
type Phase = (typeof PHASES)[number];

export const AppraisalQueue = dto(
  'AppraisalQueue',
  z
    .object({
      cycle: z.string(),
      units: z.array(
        z.object({
          unitId: z.string(),
          phase: z
            .enum(PHASES)
            .meta({ description: 'notStarted (chưa nộp tự đánh giá), appraising (đang thẩm định), resultSent (đã gửi kết quả), finalized (đã chốt)' }),
          selfSubmitted: z.boolean().meta({ description: 'Đơn vị đã nộp bảng tự đánh giá (việc thẩm định bắt đầu từ lần nộp)' }),
        }),
      ),
    })
    .meta({ description: 'Tiến độ thẩm định: mọi đơn vị của kỳ, theo thứ tự của kỳ' }),
);

type Queue = z.output<typeof AppraisalQueue>;

/**
 * Every unit of the cycle (the submissions service's overview) with the phase of its appraisal (the appraisal
 * service's queue). A unit with no appraisal has not started: an appraisal starts from the unit's submission, so
 * the appraisal's existence is what says the unit submitted. An appraisal of a unit the overview lacks is kept, last.
 */
export function appraisalQueueView(cycleId: string, units: readonly { unitId: string }[], { appraisals }: ClientReply<'appraisal', 'listAppraisals'>): Queue {
  const phases = new Map(appraisals.map(({ unitId, phase }) => [unitId, phase as Phase]));
  const known = new Set(units.map(({ unitId }) => unitId));
  const unitIds = [...known, ...appraisals.map(({ unitId }) => unitId).filter((unitId) => !known.has(unitId))];
  return {
    cycle: cycleId,
    units: unitIds.map((unitId) => {
      const phase = phases.get(unitId);
      return { unitId, phase: phase ?? 'notStarted', selfSubmitted: phase !== undefined };
    }),
  };
}
