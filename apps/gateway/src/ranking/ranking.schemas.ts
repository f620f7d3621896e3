import { z } from 'zod';
import { dto } from '../openapi/dto';
import { acceptedId, id, text } from '../shared/shared.schemas';

// Requests to the ranking service (its answers: ranking.views.ts).

const date = z.iso.date({ error: 'expected a calendar date written YYYY-MM-DD' }).meta({ description: 'Ngày ký, YYYY-MM-DD', example: '2026-01-20' });

export const ResultsQuery = dto('ResultsQuery', z.strictObject({ group: id('Mã nhóm; bỏ trống: mọi nhóm').optional() }));

export const AuditQuery = dto(
  'AuditQuery',
  z.strictObject({ criterion: acceptedId('Mã tiêu chí lá; bỏ trống: mọi tiêu chí, điểm thưởng và điểm trừ').optional() }),
);

export const PublishDecisionBody = dto(
  'PublishDecision',
  z
    .strictObject({
      number: text('Số quyết định, ví dụ 123/QĐ-UBND'),
      date,
      signer: text('Người ký'),
    })
    .meta({ description: 'Công bố quyết định phê duyệt Chỉ số CCHC (chụp bảng kết quả hiện tại)' }),
);

export const CorrectDecisionBody = dto(
  'CorrectDecision',
  z
    .strictObject({
      reason: text('Lý do đính chính'),
      number: text('Số quyết định mới; bỏ trống: giữ như bản đang có hiệu lực').optional(),
      date: date.optional(),
      signer: text('Người ký; bỏ trống: giữ nguyên').optional(),
    })
    .meta({ description: 'Đính chính quyết định đã công bố (bản mới, có lý do)' }),
);
