import { z } from 'zod';
import { CriterionNode } from '../cycles/cycle-setup.schemas';
import type { ClientReply } from '@par/contracts';
import { dto } from '../openapi/dto';
import { absentAsNull } from '../shared/absent';
import { decimalText } from '../shared/shared.schemas';
import { criterionNodeView } from './criterion-tree.view';

export const CycleOverview = dto(
  'CycleOverview',
  z
    .object({
      cycleId: z.string(),
      year: z.number().int(),
      title: z.string(),
      evaluator: z.string(),
      status: z.enum(['setup', 'open', 'closed']).meta({ description: 'Trạng thái: setup (thiết lập), open (đang mở), closed (đã đóng)' }),
      selfAssessmentDue: z.string().nullable().meta({ description: 'Hạn nộp tự đánh giá; null nếu chưa đặt' }),
      groups: z.array(z.object({ groupId: z.string(), name: z.string(), criteriaSetId: z.string() })),
      units: z.array(
        z.object({
          unitId: z.string(),
          name: z.string(),
          groupId: z.string(),
          parentId: z.string().nullable().meta({ description: 'Đơn vị cấp trên; null: trực thuộc cơ quan đánh giá' }),
        }),
      ),
      criteriaSets: z.array(
        z.object({
          criteriaSetId: z.string(),
          version: z.number().int().meta({ description: 'Phiên bản (1; mỗi lần sửa thêm 1)' }),
          maxTotal: decimalText('Tổng điểm tối đa'),
          leafCount: z.number().int(),
          criteria: z.array(CriterionNode).meta({ description: 'Cây tiêu chí, như khi gửi lên (điểm dạng chuỗi)' }),
        }),
      ),
    })
    .meta({ description: 'Tổng quan kỳ đánh giá' }),
);

export function cycleOverviewView(reply: ClientReply<'submissions', 'getCycleOverview'>): z.output<typeof CycleOverview> {
  return {
    cycleId: reply.cycleId,
    year: reply.year,
    title: reply.title,
    evaluator: reply.evaluator,
    status: reply.status as z.output<typeof CycleOverview>['status'],
    selfAssessmentDue: absentAsNull(reply.selfAssessmentDue),
    groups: reply.groups.map(({ groupId, name, criteriaSetId }) => ({ groupId, name, criteriaSetId })),
    units: reply.units.map(({ unitId, name, groupId, parentId }) => ({ unitId, name, groupId, parentId: absentAsNull(parentId) })),
    criteriaSets: reply.criteriaSets.map(({ criteriaSetId, version, maxTotal, leafCount, criteria }) => ({
      criteriaSetId,
      version,
      maxTotal,
      leafCount,
      criteria: criteria.map(criterionNodeView),
    })),
  };
}
