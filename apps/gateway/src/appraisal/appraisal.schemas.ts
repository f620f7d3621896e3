import { z } from 'zod';
import { dto } from '../openapi/dto';
import { decimal, text } from '../shared/shared.schemas';

const reason = (description: string) => text(description);
const optionalText = (description: string) => z.string().optional().meta({ description });

export const AppraiseBody = dto(
  'AppraiseCriterion',
  z
    .strictObject({
      points: decimal.meta({ description: 'Điểm thẩm định', example: '0.75' }),
      reason: optionalText('Lý do; bắt buộc khi điểm khác điểm tự chấm'),
    })
    .meta({ description: 'Thẩm định một tiêu chí lá' }),
);

export const ReasonBody = dto('Reason', z.strictObject({ reason: reason('Lý do') }).meta({ description: 'Một quyết định kèm lý do' }));

export const AdjustmentBody = dto(
  'Adjustment',
  z
    .strictObject({
      points: decimal.meta({ description: 'Số điểm thưởng / điểm trừ (dương)', example: '0.50' }),
      reason: reason('Lý do, ví dụ "01 công chức bị kỷ luật"'),
      criterion: optionalText('Tiêu chí liên quan (nếu có)'),
      ref: optionalText('Văn bản căn cứ (nếu có)'),
    })
    .meta({ description: 'Điểm thưởng hoặc điểm trừ' }),
);

export const SendResultBody = dto(
  'SendResult',
  z
    .strictObject({
      explanationWindowDays: z.number().int().min(1).max(366).meta({ description: 'Số ngày đơn vị được giải trình kể từ khi nhận kết quả' }),
    })
    .meta({ description: 'Gửi kết quả thẩm định cho đơn vị' }),
);

const ExplanationEvidence = dto(
  'ExplanationEvidence',
  z.strictObject({
    title: text('Tên tài liệu'),
    documentNo: optionalText('Số, ký hiệu văn bản'),
    date: optionalText('Ngày ban hành, YYYY-MM-DD'),
    section: optionalText('Mục, trang'),
    fileId: optionalText('Tệp đính kèm'),
  }),
);

export const ExplanationBody = dto(
  'FileExplanation',
  z
    .strictObject({
      criterion: text('Tiêu chí giải trình'),
      text: text('Nội dung giải trình'),
      evidence: z.array(ExplanationEvidence).optional().meta({ description: 'Tài liệu kiểm chứng bổ sung' }),
    })
    .meta({ description: 'Giải trình của đơn vị về một tiêu chí bị điều chỉnh' }),
);

export const ResolutionBody = dto(
  'ResolveExplanation',
  z
    .strictObject({
      decision: z.enum(['upheld', 'changed']).meta({ description: 'upheld (giữ nguyên) hoặc changed (thay đổi)' }),
      points: decimal.optional().meta({ description: 'Điểm mới (chỉ khi changed)' }),
      reason: reason('Lý do của Hội đồng'),
      votes: z
        .strictObject({
          for: z.number().int().min(0).meta({ description: 'Số phiếu tán thành' }),
          against: z.number().int().min(0).meta({ description: 'Số phiếu không tán thành' }),
          abstain: z.number().int().min(0).meta({ description: 'Số phiếu trắng' }),
          members: z.number().int().min(1).meta({ description: 'Số thành viên Hội đồng' }),
        })
        .meta({ description: 'Kết quả biểu quyết (quá nửa số thành viên)' }),
    })
    .meta({ description: 'Hội đồng giải quyết giải trình' }),
);

export const CorrectionBody = dto(
  'CorrectScore',
  z
    .strictObject({
      points: decimal.optional().meta({ description: 'Điểm đúng; hoặc notApplicable' }),
      notApplicable: z.boolean().optional().meta({ description: 'true: tiêu chí không áp dụng' }),
      reason: reason('Lý do đính chính'),
    })
    .meta({ description: 'Đính chính điểm sau khi đã chốt (có lý do)' }),
);
