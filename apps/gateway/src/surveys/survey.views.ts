import type { ClientReply } from '@par/contracts';
import { z } from 'zod';
import { dto } from '../openapi/dto';
import { absentAsNull } from '../shared/absent';
import { decimalText, Problem } from '../shared/shared.schemas';
import type { RecordedResponses, SurveyImportStatus } from './survey-import.status';

// What the survey routes answer, as the API documents it: an absent index is null, never ''. Rejected rows
// quote the client's file: they are bounded (count and length) before they are answered.

/** At most this many rejected rows are answered; `rejectedCount` counts them all. */
export const MAX_REJECTED_ROWS = 1_000;
/** A rejected row's reason (it may quote the row) is cut to this length. */
const MAX_REASON_TEXT = 300;

const index = (description: string) => decimalText(`${description}; null nếu chưa có câu trả lời nào`).nullable();

const aspectResult = z.object({
  code: z.string().meta({ description: 'Mã lĩnh vực (nhóm câu hỏi), ví dụ TC' }),
  index: index('Chỉ số hài lòng của lĩnh vực (%)'),
  answers: z.number().int().meta({ description: 'Số câu trả lời có đáp án' }),
});

const figures = {
  respondents: z.number().int().meta({ description: 'Số người trả lời (mã người trả lời khác nhau)' }),
  answers: z.number().int().meta({ description: 'Số câu trả lời có đáp án' }),
  index: index('Chỉ số hài lòng (%): số câu hài lòng / số câu có đáp án × 100, làm tròn 2 chữ số'),
  ci: z
    .object({ low: z.string(), high: z.string() })
    .nullable()
    .meta({ description: 'Khoảng tin cậy 95 % (Wilson) của chỉ số, theo %; null khi chưa có chỉ số' }),
  aspects: z.array(aspectResult),
};

export const SurveyResultsView = dto(
  'SurveyResults',
  z
    .object({
      campaign: z.string().meta({ description: 'Mã đợt khảo sát' }),
      units: z.array(
        z.object({
          unit: z.string().meta({ description: 'Mã đơn vị' }),
          ...figures,
          plannedSample: z
            .number()
            .int()
            .nullable()
            .meta({ description: 'Cỡ mẫu dự kiến n = N / (1 + N·e²) theo số người được phục vụ; null nếu đợt khảo sát không có kế hoạch mẫu' }),
          coverage: decimalText('Số người trả lời / cỡ mẫu dự kiến (%); null nếu không có kế hoạch mẫu').nullable(),
        }),
      ),
      province: z.object(figures).meta({ description: 'Toàn tỉnh: cộng mọi đơn vị rồi tính một chỉ số' }),
      basis: z.array(z.string()).meta({ description: 'Các lô câu trả lời đã tính (mã băm sha256:… của tệp)' }),
    })
    .meta({ description: 'Chỉ số hài lòng theo đơn vị, lĩnh vực và toàn tỉnh, như `par survey results --format json`' }),
);

export const RejectedRowView = dto(
  'RejectedRow',
  z
    .object({
      line: z.number().int().meta({ description: 'Dòng của tệp (dòng tiêu đề CSV là dòng 1)' }),
      code: z.string().meta({ description: 'MALFORMED_LINE, UNIT_UNKNOWN, QUESTION_UNKNOWN, ANSWER_INVALID…' }),
      reason: z.string().meta({ description: 'Lý do' }),
    })
    .meta({ description: 'Một dòng bị loại; các dòng khác vẫn được ghi' }),
);

export const SurveyImportStatusView = dto(
  'SurveyImportStatus',
  z
    .object({
      id: z.string().meta({ description: 'Mã lần nhập' }),
      state: z.enum(['queued', 'running', 'succeeded', 'failed']),
      campaignId: z.string(),
      fileName: z.string(),
      format: z.enum(['csv', 'jsonl']),
      requestedBy: z.string().meta({ description: 'Người tải tệp lên' }),
      createdAt: z.string(),
      finishedAt: z.string().nullable().meta({ description: 'Thời điểm kết thúc; null nếu chưa xong' }),
      progress: z.object({
        bytesSent: z.number().int().meta({ description: 'Số byte đã gửi cho dịch vụ khảo sát' }),
        totalBytes: z.number().int().meta({ description: 'Kích thước tệp' }),
      }),
      result: z
        .object({
          batchId: z.string().meta({ description: 'Mã lô: mã băm của tệp (sha256:…)' }),
          accepted: z.number().int().meta({ description: 'Số dòng được ghi' }),
          rejected: z.array(RejectedRowView).meta({ description: `Các dòng bị loại (tối đa ${MAX_REJECTED_ROWS} dòng đầu)` }),
          rejectedCount: z.number().int().meta({ description: 'Tổng số dòng bị loại' }),
          alreadyRecorded: z.boolean().meta({ description: 'Tệp này đã được nhập trước đó: không có gì thay đổi' }),
        })
        .nullable()
        .meta({ description: 'Khi thành công: kết quả nhập; null nếu chưa xong hoặc thất bại' }),
      problem: Problem.nullable().meta({ description: 'Khi thất bại: lỗi (RFC 9457), như tuyến sẽ trả về; null nếu không' }),
    })
    .meta({ description: 'Trạng thái một lần nhập tệp câu trả lời khảo sát' }),
);

export type SurveyResultsView = z.output<typeof SurveyResultsView>;
export type SurveyImportStatusView = z.output<typeof SurveyImportStatusView>;

type Figures = NonNullable<ClientReply<'survey', 'getSurveyResults'>['province']>;

export function surveyResultsView(reply: ClientReply<'survey', 'getSurveyResults'>): SurveyResultsView {
  return {
    campaign: reply.campaignId,
    units: reply.units.map((unit) => ({
      unit: unit.unitId,
      ...figuresView(unit),
      plannedSample: unit.plannedSample ?? null,
      coverage: absentAsNull(unit.coverage),
    })),
    province: figuresView(reply.province ?? { respondents: 0, answers: 0, ci: null, aspects: [] }),
    basis: [...reply.basis],
  };
}

function figuresView(figures: Figures): SurveyResultsView['province'] {
  const value = absentAsNull(figures.index);
  return {
    respondents: figures.respondents,
    answers: figures.answers,
    index: value,
    ci: value !== null && figures.ci ? { low: figures.ci.low, high: figures.ci.high } : null,
    aspects: figures.aspects.map((aspect) => ({ code: aspect.code, index: absentAsNull(aspect.index), answers: aspect.answers })),
  };
}

/** The status as documented: copied member by member, the rejected rows bounded. */
export function surveyImportStatusView(status: SurveyImportStatus): SurveyImportStatusView {
  return {
    id: status.id,
    state: status.state,
    campaignId: status.campaignId,
    fileName: status.fileName,
    format: status.format,
    requestedBy: status.requestedBy,
    createdAt: status.createdAt,
    finishedAt: status.finishedAt,
    progress: { bytesSent: status.progress.bytesSent, totalBytes: status.progress.totalBytes },
    result: status.result && recordedView(status.result),
    problem: status.problem,
  };
}

function recordedView(recorded: RecordedResponses): NonNullable<SurveyImportStatusView['result']> {
  return {
    batchId: recorded.batchId,
    accepted: recorded.accepted,
    rejected: recorded.rejected.slice(0, MAX_REJECTED_ROWS).map(({ line, code, reason }) => ({ line, code, reason: cut(reason) })),
    rejectedCount: recorded.rejectedCount,
    alreadyRecorded: recorded.alreadyRecorded,
  };
}

function cut(text: string): string {
  return text.length > MAX_REASON_TEXT ? `${text.slice(0, MAX_REASON_TEXT - 1)}…` : text;
}

const trendPoint = z.object({
  year: z.number().int(),
  score: decimalText('Điểm công bố (4 chữ số thập phân)'),
  change: decimalText('Thay đổi so với năm trước đã ghi; null ở năm đầu').nullable(),
});

export const PublishedTrendView = dto(
  'PublishedTrend',
  z
    .object({
      province: z.string().meta({ description: 'Mã tỉnh' }),
      indices: z.array(
        z.object({
          kind: z.enum(['PAPI', 'DGI']),
          years: z.array(
            z.object({
              year: z.number().int(),
              revision: z.number().int().meta({ description: 'Lần ghi đang áp dụng (1, hoặc lần đính chính mới nhất)' }),
              total: decimalText('Tổng điểm các nội dung (tính từ các nội dung, không nhập tay)'),
              maxTotal: decimalText('Tổng điểm tối đa'),
              change: decimalText('Thay đổi tổng điểm so với năm trước đã ghi; null ở năm đầu').nullable(),
              sourceTitle: z.string().meta({ description: 'Nguồn công bố' }),
            }),
          ),
          dimensions: z.array(
            z.object({
              code: z.string(),
              title: z.string(),
              max: decimalText('Điểm tối đa'),
              scores: z.array(trendPoint).meta({ description: 'Theo năm, năm cũ trước' }),
            }),
          ),
        }),
      ),
    })
    .meta({ description: 'Chỉ số PAPI và DGI đã công bố của tỉnh qua các năm, theo từng nội dung' }),
);

export type PublishedTrendView = z.output<typeof PublishedTrendView>;

export function publishedTrendView(reply: ClientReply<'survey', 'getPublishedTrend'>): PublishedTrendView {
  return {
    province: reply.province,
    indices: reply.indices.map((index) => ({
      kind: index.kind as 'PAPI' | 'DGI',
      years: index.years.map((year) => ({
        year: year.year,
        revision: year.revision,
        total: year.total,
        maxTotal: year.maxTotal,
        change: absentAsNull(year.change),
        sourceTitle: year.sourceTitle,
      })),
      dimensions: index.dimensions.map((dimension) => ({
        code: dimension.code,
        title: dimension.title,
        max: dimension.max,
        scores: dimension.scores.map((point) => ({ year: point.year, score: point.score, change: absentAsNull(point.change) })),
      })),
    })),
  };
}
