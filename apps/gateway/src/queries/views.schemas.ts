import { z } from 'zod';
import { dto } from '../openapi/dto';
import { Evidence } from '../shared/shared.schemas';

// The shapes the read side answers with (documentation: the services' replies are passed on as they are).

const points = (description: string) => z.string().meta({ description, example: '1.50' });

export const CycleOverview = dto(
  'CycleOverview',
  z.object({
    cycleId: z.string(),
    year: z.number().int(),
    title: z.string(),
    evaluator: z.string(),
    status: z.enum(['setup', 'open', 'closed']).meta({ description: 'Trạng thái: setup (thiết lập), open (đang mở), closed (đã đóng)' }),
    selfAssessmentDue: z.string().meta({ description: 'Hạn nộp tự đánh giá; rỗng nếu chưa đặt' }),
    groups: z.array(z.object({ groupId: z.string(), name: z.string(), criteriaSetId: z.string() })),
    units: z.array(z.object({ unitId: z.string(), name: z.string(), groupId: z.string(), parentId: z.string() })),
    criteriaSets: z.array(
      z.object({
        criteriaSetId: z.string(),
        version: z.number().int().meta({ description: 'Phiên bản (1; mỗi lần sửa thêm 1)' }),
        maxTotal: points('Tổng điểm tối đa'),
        leafCount: z.number().int(),
        criteria: z.array(z.unknown()).meta({ description: 'Cây tiêu chí (như CriterionNode, điểm dạng chuỗi)' }),
      }),
    ),
  }).meta({ description: 'Tổng quan kỳ đánh giá' }),
);

export const SelfAssessmentView = dto(
  'SelfAssessmentView',
  z.object({
    cycleId: z.string(),
    unitId: z.string(),
    status: z.enum(['draft', 'submitted']).meta({ description: 'draft (nháp) hoặc submitted (đã nộp, bị khoá)' }),
    submissions: z.number().int().meta({ description: 'Số lần đã nộp' }),
    leaves: z.array(
      z.object({
        criterion: z.string(),
        title: z.string(),
        maxPoints: points('Điểm tối đa'),
        source: z.string(),
        applicable: z.boolean(),
        points: z.string().meta({ description: 'Điểm tự chấm; rỗng nếu chưa chấm' }),
        evidence: z.array(Evidence),
        note: z.string(),
      }),
    ),
  }).meta({ description: 'Bảng tự đánh giá của đơn vị' }),
);

export const ProgressView = dto(
  'ProgressView',
  z.object({
    secured: points('Điểm đã đạt'),
    surveyHeld: points('Điểm chờ kết quả điều tra'),
    applicableMax: points('Tổng điểm tối đa của các tiêu chí áp dụng'),
    projected: points('Điểm dự kiến cuối năm'),
  }).meta({ description: 'Tiến độ trong năm' }),
);
