import { z } from 'zod';
import { dto } from '../openapi/dto';
import { id, text } from '../shared/shared.schemas';

// Requests to the ranking service, and the shapes it answers with (documentation).

const date = z.iso.date({ error: 'expected a calendar date written YYYY-MM-DD' }).meta({ description: 'Ngày ký, YYYY-MM-DD', example: '2026-01-20' });

export const ResultsQuery = dto(
  'ResultsQuery',
  z.strictObject({ group: id('Mã nhóm; bỏ trống: mọi nhóm').optional() }),
);

export const AuditQuery = dto(
  'AuditQuery',
  z.strictObject({ criterion: z.string().min(1).optional().meta({ description: 'Mã tiêu chí lá; bỏ trống: mọi tiêu chí, điểm thưởng và điểm trừ' }) }),
);

export const PublishDecisionBody = dto(
  'PublishDecision',
  z.strictObject({
    number: text('Số quyết định, ví dụ 123/QĐ-UBND'),
    date,
    signer: text('Người ký'),
  }).meta({ description: 'Công bố quyết định phê duyệt Chỉ số CCHC (chụp bảng kết quả hiện tại)' }),
);

export const CorrectDecisionBody = dto(
  'CorrectDecision',
  z.strictObject({
    reason: text('Lý do đính chính'),
    number: text('Số quyết định mới; bỏ trống: giữ như bản đang có hiệu lực').optional(),
    date: date.optional(),
    signer: text('Người ký; bỏ trống: giữ nguyên').optional(),
  }).meta({ description: 'Đính chính quyết định đã công bố (bản mới, có lý do)' }),
);

const resultRow = z.object({
  rank: z.number().int().meta({ description: 'Thứ hạng trong nhóm (1, 2, 2, 4)' }),
  unit: z.string(),
  name: z.string(),
  selfTotal: z.string(),
  appraisedTotal: z.string(),
  applicableMax: z.string(),
  index: z.string().nullable().meta({ description: 'Chỉ số (%); null nếu không có tiêu chí áp dụng' }),
  class: z.string().nullable().meta({ description: 'Xếp loại; null nếu không có chỉ số hoặc dưới mọi ngưỡng' }),
});

export const ResultsView = dto(
  'Results',
  z.object({ cycle: z.string(), groups: z.array(z.object({ group: z.string(), results: z.array(resultRow) })) }).meta({
    description: 'Kết quả xếp hạng, như tệp kết quả của INTERCHANGE.md',
  }),
);

export const AuditTrailView = dto(
  'AuditTrail',
  z.object({
    entries: z.array(
      z.object({
        stage: z.enum(['self', 'appraisal', 'explanation', 'council', 'survey', 'correction']),
        subject: z.enum(['leaf', 'bonus', 'deduction']),
        criterion: z.string(),
        fromPoints: z.string(),
        toPoints: z.string(),
        actor: z.string(),
        role: z.string(),
        actorUnitId: z.string(),
        occurredAt: z.string(),
        recordedAt: z.string(),
        reason: z.string(),
        note: z.string(),
        evidence: z.array(z.object({ title: z.string(), documentNo: z.string(), date: z.string(), section: z.string(), fileRef: z.string() })),
        votes: z.object({ for: z.number().int(), against: z.number().int(), abstain: z.number().int(), members: z.number().int() }).nullable(),
        decision: z.string(),
      }),
    ),
  }).meta({ description: 'Lịch sử điểm: tự chấm → thẩm định → giải trình → Hội đồng → đính chính (chuỗi rỗng: không có)' }),
);

export const PublishedDecisionsView = dto(
  'PublishedDecisions',
  z.object({
    revisions: z.array(
      z.object({
        revision: z.number().int(),
        number: z.string(),
        date: z.string(),
        signer: z.string(),
        reason: z.string(),
        snapshotJson: z.string().meta({ description: 'Bảng kết quả đã công bố (JSON của INTERCHANGE.md)' }),
        snapshotHash: z.string(),
        previousSnapshotHash: z.string(),
        snapshotVerified: z.boolean(),
        publishedBy: z.string(),
        publishedAt: z.string(),
        eventHash: z.string(),
      }),
    ),
  }),
);
