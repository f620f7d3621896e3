import { z } from 'zod';
import type { ClientReply } from '@par/contracts';
import { dto } from '../openapi/dto';
import { absentAsNull } from '../shared/absent';
import { evidenceView } from '../shared/evidence.view';
import { decimalText, Evidence } from '../shared/shared.schemas';

// What the ranking service answers, as the API documents it: an absent value is null, never ''.

const resultRow = z.object({
  rank: z.number().int().meta({ description: 'Thứ hạng trong nhóm (1, 2, 2, 4)' }),
  unit: z.string(),
  name: z.string(),
  selfTotal: z.string(),
  appraisedTotal: z.string(),
  applicableMax: z.string(),
  index: z.string().nullable().meta({ description: 'Chỉ số (%); null nếu không có tiêu chí áp dụng' }),
  class: z.string().nullable().meta({ description: 'Xếp loại; null nếu không có chỉ số hoặc dưới mọi ngưỡng' }),
  fields: z
    .array(
      z.object({
        field: z.string().meta({ description: 'Mã lĩnh vực' }),
        title: z.string(),
        achieved: z.string().meta({ description: 'Điểm đạt của lĩnh vực (không tính điểm thưởng, điểm trừ)' }),
        applicableMax: z.string(),
        index: z.string().nullable().meta({ description: 'Chỉ số thành phần (%); null nếu lĩnh vực không có tiêu chí áp dụng' }),
      }),
    )
    .optional()
    .meta({ description: 'Chỉ số thành phần theo lĩnh vực (INTERCHANGE v1.1)' }),
});

export const ResultsView = dto(
  'Results',
  z.object({ cycle: z.string(), groups: z.array(z.object({ group: z.string(), results: z.array(resultRow) })) }).meta({
    description: 'Kết quả xếp hạng, như tệp kết quả của INTERCHANGE.md',
  }),
);

export const FieldRankingView = dto(
  'FieldRanking',
  z
    .object({
      cycle: z.string(),
      field: z.string().meta({ description: 'Mã lĩnh vực' }),
      groups: z.array(
        z.object({
          group: z.string(),
          title: z.string().meta({ description: 'Tên lĩnh vực trong bộ tiêu chí của nhóm' }),
          results: z.array(
            z.object({
              rank: z.number().int().meta({ description: 'Thứ hạng theo chỉ số thành phần trong nhóm (1, 2, 2, 4)' }),
              unit: z.string(),
              name: z.string(),
              achieved: z.string(),
              applicableMax: z.string(),
              index: z.string().nullable().meta({ description: 'Chỉ số thành phần (%); null nếu lĩnh vực không có tiêu chí áp dụng' }),
            }),
          ),
        }),
      ),
    })
    .meta({ description: 'Xếp hạng các đơn vị của mỗi nhóm theo chỉ số thành phần của một lĩnh vực' }),
);

const orNone = (description: string) =>
  z
    .string()
    .nullable()
    .meta({ description: `${description}; null nếu không có` });

export const AuditTrailView = dto(
  'AuditTrail',
  z
    .object({
      entries: z.array(
        z.object({
          stage: z.enum(['self', 'appraisal', 'explanation', 'council', 'survey', 'correction']),
          subject: z.enum(['leaf', 'bonus', 'deduction']),
          criterion: orNone('Tiêu chí lá (điểm thưởng / điểm trừ có thể không gắn tiêu chí)'),
          fromPoints: decimalText('Điểm trước; null nếu chưa có (lần chấm đầu, giải trình…)').nullable(),
          toPoints: decimalText('Điểm sau; null nếu không có (không áp dụng, giải trình, huỷ điểm thưởng/trừ…)').nullable(),
          actor: z.string(),
          role: z.string(),
          actorUnitId: orNone('Đơn vị của người thực hiện'),
          occurredAt: z.string(),
          recordedAt: z.string(),
          reason: orNone('Lý do'),
          note: orNone('Ghi chú, nội dung giải trình'),
          evidence: z.array(Evidence),
          votes: z.object({ for: z.number().int(), against: z.number().int(), abstain: z.number().int(), members: z.number().int() }).nullable(),
          decision: orNone('Quyết định của Hội đồng (upheld, changed)'),
          importedFrom: orNone('Mã băm (sha256:…) của tệp nhập dữ liệu kỳ trước; null nếu nhập trực tiếp'),
        }),
      ),
    })
    .meta({ description: 'Lịch sử điểm: tự chấm → thẩm định → giải trình → Hội đồng → đính chính' }),
);

type AuditEntry = z.output<typeof AuditTrailView>['entries'][number];

export function auditTrailView({ entries }: ClientReply<'ranking', 'getAuditTrail'>): z.output<typeof AuditTrailView> {
  return {
    entries: entries.map((entry) => ({
      stage: entry.stage as AuditEntry['stage'],
      subject: entry.subject as AuditEntry['subject'],
      criterion: absentAsNull(entry.criterion),
      fromPoints: absentAsNull(entry.fromPoints),
      toPoints: absentAsNull(entry.toPoints),
      actor: entry.actor,
      role: entry.role,
      actorUnitId: absentAsNull(entry.actorUnitId),
      occurredAt: entry.occurredAt,
      recordedAt: entry.recordedAt,
      reason: absentAsNull(entry.reason),
      note: absentAsNull(entry.note),
      evidence: entry.evidence.map(evidenceView),
      votes: entry.votes ? { for: entry.votes.for, against: entry.votes.against, abstain: entry.votes.abstain, members: entry.votes.members } : null,
      decision: absentAsNull(entry.decision),
      importedFrom: absentAsNull(entry.importedFrom),
    })),
  };
}

export const PublishedDecisionsView = dto(
  'PublishedDecisions',
  z.object({
    revisions: z.array(
      z.object({
        revision: z.number().int(),
        number: z.string(),
        date: z.string(),
        signer: z.string(),
        reason: orNone('Lý do đính chính (bản 1: null)'),
        snapshotJson: z.string().meta({ description: 'Bảng kết quả đã công bố (JSON của INTERCHANGE.md)' }),
        snapshotHash: z.string(),
        previousSnapshotHash: orNone('Mã băm của bản được thay thế (bản 1: null)'),
        snapshotVerified: z.boolean(),
        publishedBy: z.string(),
        publishedAt: z.string(),
        eventHash: z.string(),
      }),
    ),
  }),
);

export function publishedDecisionsView({ revisions }: ClientReply<'ranking', 'getPublishedDecisions'>): z.output<typeof PublishedDecisionsView> {
  return {
    revisions: revisions.map((revision) => ({
      revision: revision.revision,
      number: revision.number,
      date: revision.date,
      signer: revision.signer,
      reason: absentAsNull(revision.reason),
      snapshotJson: revision.snapshotJson,
      snapshotHash: revision.snapshotHash,
      previousSnapshotHash: absentAsNull(revision.previousSnapshotHash),
      snapshotVerified: revision.snapshotVerified,
      publishedBy: revision.publishedBy,
      publishedAt: revision.publishedAt,
      eventHash: revision.eventHash,
    })),
  };
}
