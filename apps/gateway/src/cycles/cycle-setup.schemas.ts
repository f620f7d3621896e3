import { z } from 'zod';
import { dto } from '../openapi/dto';
import { decimal, id, text, Threshold } from '../shared/shared.schemas';

export const ScoringMethod = dto(
  'ScoringMethod',
  z.strictObject({
    kind: z.enum(['manual', 'bands', 'allOrNothing', 'deduction']).meta({
      description: 'Phương pháp chấm: manual (chấm theo bước), bands (theo ngưỡng tỷ lệ), allOrNothing (đạt hoặc không), deduction (trừ theo lần vi phạm)',
    }),
    step: decimal.optional().meta({ description: 'Bước điểm (manual), ví dụ 0.25' }),
    bands: z
      .array(z.strictObject({ minRatio: decimal.meta({ description: 'Tỷ lệ tối thiểu (0–1)' }), points: decimal.meta({ description: 'Điểm đạt được' }) }))
      .optional()
      .meta({ description: 'Các ngưỡng tỷ lệ (bands)' }),
    perOccurrence: decimal.optional().meta({ description: 'Điểm trừ mỗi lần (deduction)' }),
    cap: decimal.optional().meta({ description: 'Mức trừ tối đa (deduction)' }),
  }),
);

/** A node of the criteria tree as validated (points as strings); typed by hand because the schema is recursive. */
export interface CriterionNodeBody {
  code: string;
  title: string;
  maxPoints?: string;
  method?: z.output<typeof ScoringMethod>;
  source?: 'self' | 'survey' | 'system' | 'systemData';
  children?: CriterionNodeBody[];
}

export const CriterionNode: z.ZodType<CriterionNodeBody> = dto(
  'CriterionNode',
  z
    .strictObject({
      code: text('Mã tiêu chí, ví dụ 1.1 hoặc 7.2.2'),
      title: text('Tên tiêu chí (tiếng Việt)'),
      maxPoints: decimal.optional().meta({ description: 'Điểm tối đa (chỉ tiêu chí lá)' }),
      method: ScoringMethod.optional(),
      source: z
        .enum(['self', 'survey', 'system', 'systemData'])
        .optional()
        .meta({ description: 'Nguồn đánh giá: self (tự chấm), survey (điều tra), system (dữ liệu hệ thống; systemData được chấp nhận như system)' }),
      get children() {
        return z.array(CriterionNode).optional().meta({ description: 'Tiêu chí thành phần; có children thì không có điểm' });
      },
    })
    .meta({ description: 'Một nút của cây tiêu chí: lĩnh vực, tiêu chí hoặc tiêu chí thành phần' }),
);

export const CreateCycleBody = dto(
  'CreateCycle',
  z
    .strictObject({
      cycleId: id('Mã kỳ đánh giá, ví dụ tinh-demo-2025'),
      year: z.number().int().min(2000).max(2100).meta({ description: 'Năm đánh giá' }),
      title: text('Tên kỳ, ví dụ "Chỉ số CCHC năm 2025"'),
      evaluator: id('Cơ quan đánh giá, ví dụ ubnd-tinh-demo'),
      thresholds: z.array(Threshold).min(1).meta({ description: 'Ngưỡng xếp loại của kỳ' }),
    })
    .meta({ description: 'Tạo kỳ đánh giá Chỉ số CCHC' }),
);

export const DefineGroupBody = dto(
  'DefineGroup',
  z
    .strictObject({
      groupId: id('Mã nhóm, ví dụ departments'),
      name: text('Tên nhóm, ví dụ "Sở, ban, ngành"'),
      criteriaSetId: id('Bộ tiêu chí áp dụng cho nhóm'),
      thresholds: z.array(Threshold).optional().meta({ description: 'Ngưỡng xếp loại riêng của nhóm; bỏ trống: theo kỳ' }),
    })
    .meta({ description: 'Định nghĩa nhóm đơn vị (xếp hạng trong nhóm)' }),
);

export const DefineCriteriaSetBody = dto(
  'DefineCriteriaSet',
  z
    .strictObject({
      criteriaSetId: id('Mã bộ tiêu chí, ví dụ set-departments'),
      criteria: z.array(CriterionNode).min(1).meta({ description: 'Cây tiêu chí' }),
    })
    .meta({ description: 'Định nghĩa bộ tiêu chí (trong giai đoạn thiết lập)' }),
);

export const CorrectCriteriaSetBody = dto(
  'CorrectCriteriaSet',
  z
    .strictObject({
      criteria: z.array(CriterionNode).min(1).meta({ description: 'Cây tiêu chí đã sửa (phiên bản mới)' }),
      reason: text('Lý do sửa, ví dụ số quyết định'),
    })
    .meta({ description: 'Sửa bộ tiêu chí sau khi mở kỳ: tạo phiên bản mới, bắt buộc có lý do' }),
);

export const RegisterUnitBody = dto(
  'RegisterUnit',
  z
    .strictObject({
      unitId: id('Mã đơn vị, ví dụ so-tu-phap'),
      name: text('Tên đơn vị, ví dụ "Sở Tư pháp"'),
      groupId: id('Nhóm của đơn vị'),
      parentId: id('Đơn vị cấp trên; bỏ trống: trực thuộc cơ quan đánh giá').optional(),
      validFrom: z.string().optional().meta({ description: 'Hiệu lực từ ngày (YYYY-MM-DD)' }),
      validTo: z.string().optional().meta({ description: 'Hiệu lực đến ngày (YYYY-MM-DD)' }),
    })
    .meta({ description: 'Đăng ký đơn vị được đánh giá' }),
);

export const SetApplicabilityBody = dto(
  'SetApplicability',
  z
    .strictObject({
      unitId: id('Đơn vị'),
      criterion: text('Mã tiêu chí lá'),
      applicable: z.boolean().meta({ description: 'true: áp dụng; false: không áp dụng cho đơn vị' }),
      reason: text('Lý do'),
    })
    .meta({ description: 'Quyết định tiêu chí có áp dụng cho đơn vị hay không' }),
);

export const SetDeadlinesBody = dto(
  'SetDeadlines',
  z
    .strictObject({
      selfAssessmentDue: z.string().min(1).meta({ description: 'Hạn nộp tự đánh giá: YYYY-MM-DD (hết ngày, giờ Việt Nam) hoặc thời điểm ISO-8601' }),
      explanationWindowDays: z.number().int().min(0).meta({ description: 'Số ngày được giải trình sau khi nhận kết quả thẩm định' }),
    })
    .meta({ description: 'Đặt thời hạn của kỳ' }),
);

/** proto's Threshold names the class `classCode` (`class` is a reserved word in some languages). */
export function thresholdsToProto(thresholds: z.output<typeof Threshold>[] | undefined) {
  return (thresholds ?? []).map((threshold) => ({ classCode: threshold.class, label: threshold.label, minIndex: threshold.minIndex }));
}
