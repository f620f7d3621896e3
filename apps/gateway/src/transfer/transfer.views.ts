import { z } from 'zod';
import { dto } from '../openapi/dto';
import type { ImportStatus, TransferProblem } from './cycle-transfer.port';

// What the transfer routes answer, as the API documents it. Problems come from a client's file: a broken
// workbook can have thousands, and their texts quote cells, so both are bounded before they are answered.

/** At most this many problems are answered; `problemsOmitted` counts the rest. */
export const MAX_PROBLEMS = 100;
/** Texts taken from the file (messages, sheet names, column headers, ids) are cut to this length. */
export const MAX_PROBLEM_TEXT = 300;

export const TransferProblemView = dto(
  'TransferProblem',
  z
    .object({
      code: z.string().meta({ description: 'Mã lỗi, ví dụ CELL_NOT_A_NUMBER, SHEET_MISSING, SCORE_ABOVE_MAX' }),
      message: z.string().meta({ description: 'Giải thích cụ thể' }),
      field: z.string().optional().meta({ description: 'Đường dẫn trong tệp JSON, ví dụ appraisals[0].scores[2].points' }),
      sheet: z.string().optional().meta({ description: 'Tên trang tính (XLSX), ví dụ scores' }),
      row: z.number().int().optional().meta({ description: 'Số dòng trong trang tính, đếm từ 1 như Excel hiển thị' }),
      column: z.string().optional().meta({ description: 'Tiêu đề cột, ví dụ points' }),
      unit: z.string().optional().meta({ description: 'Mã đơn vị liên quan' }),
      criterion: z.string().optional().meta({ description: 'Mã tiêu chí liên quan' }),
    })
    .meta({ description: 'Một lỗi của tệp: vị trí (trường JSON, hoặc trang tính, dòng, cột) và lý do' }),
);

const problemsOmitted = z
  .number()
  .int()
  .optional()
  .meta({ description: `Số lỗi không liệt kê (chỉ trả về ${MAX_PROBLEMS} lỗi đầu)` });

export const ImportStatusView = dto(
  'ImportStatus',
  z
    .object({
      id: z.string().meta({ description: 'Mã lần nhập' }),
      state: z.enum(['queued', 'running', 'succeeded', 'failed']),
      fileName: z.string(),
      format: z.enum(['json', 'xlsx']),
      cycle: z.string().meta({ description: 'Mã kỳ đánh giá trong tệp' }),
      requestedBy: z.string().meta({ description: 'Người tải tệp lên' }),
      createdAt: z.string(),
      finishedAt: z.string().nullable().meta({ description: 'Thời điểm kết thúc; null nếu chưa xong' }),
      progress: z.object({
        done: z.number().int(),
        total: z.number().int(),
        phase: z.string().meta({ description: 'Đang làm gì, ví dụ self-assessments, recording, read models' }),
      }),
      summary: z
        .object({ commands: z.number().int(), eventsAppended: z.number().int(), seconds: z.number() })
        .nullable()
        .meta({ description: 'Khi thành công: số lệnh, số sự kiện ghi thêm (0: tệp đã được nhập trước đó); null nếu chưa xong' }),
      problems: z.array(TransferProblemView).meta({ description: 'Khi thất bại: lý do; không có gì được ghi' }),
      problemsOmitted,
    })
    .meta({ description: 'Trạng thái và tiến độ một lần nhập tệp kỳ đánh giá' }),
);

export const ImportRefusedView = dto(
  'ImportRefused',
  z
    .object({
      type: z.string(),
      title: z.string(),
      status: z.literal(422),
      detail: z.string(),
      code: z.literal('IMPORT_REFUSED'),
      field: z.literal('file'),
      instance: z.string().optional(),
      problems: z.array(TransferProblemView),
      problemsOmitted,
    })
    .meta({ description: 'Tệp bị từ chối (RFC 9457, application/problem+json): mọi lỗi kèm vị trí; không có gì được ghi' }),
);

export type TransferProblemView = z.output<typeof TransferProblemView>;
export type ImportStatusView = z.output<typeof ImportStatusView>;

/** The first problems, each with the known members only and its texts cut; how many were left out. */
export function boundedProblems(problems: readonly TransferProblem[]): { problems: TransferProblemView[]; problemsOmitted?: number } {
  const omitted = problems.length - MAX_PROBLEMS;
  return { problems: problems.slice(0, MAX_PROBLEMS).map(transferProblemView), ...(omitted > 0 ? { problemsOmitted: omitted } : {}) };
}

export function transferProblemView(problem: TransferProblem): TransferProblemView {
  return {
    code: cut(problem.code),
    message: cut(problem.message),
    ...(problem.field !== undefined ? { field: cut(problem.field) } : {}),
    ...(problem.sheet !== undefined ? { sheet: cut(problem.sheet) } : {}),
    ...(problem.row !== undefined ? { row: problem.row } : {}),
    ...(problem.column !== undefined ? { column: cut(problem.column) } : {}),
    ...(problem.unit !== undefined ? { unit: cut(problem.unit) } : {}),
    ...(problem.criterion !== undefined ? { criterion: cut(problem.criterion) } : {}),
  };
}

/** The status as documented: copied member by member, so nothing the port adds leaks out. */
export function importStatusView(status: ImportStatus): ImportStatusView {
  return {
    id: status.id,
    state: status.state,
    fileName: status.fileName,
    format: status.format,
    cycle: status.cycle,
    requestedBy: status.requestedBy,
    createdAt: status.createdAt,
    finishedAt: status.finishedAt,
    progress: { done: status.progress.done, total: status.progress.total, phase: status.progress.phase },
    summary: status.summary && { commands: status.summary.commands, eventsAppended: status.summary.eventsAppended, seconds: status.summary.seconds },
    ...boundedProblems(status.problems),
  };
}

/** Where a problem is, in words, for a problem's `detail`. */
export function placeOf(problem: TransferProblemView): string {
  const places = [
    problem.sheet !== undefined ? `sheet "${problem.sheet}"` : undefined,
    problem.row !== undefined ? `row ${problem.row}` : undefined,
    problem.column !== undefined ? `column "${problem.column}"` : undefined,
    problem.field !== undefined ? `field ${problem.field}` : undefined,
    problem.unit !== undefined ? `unit "${problem.unit}"` : undefined,
    problem.criterion !== undefined ? `criterion ${problem.criterion}` : undefined,
  ];
  return places.filter((place) => place !== undefined).join(', ');
}

function cut(text: string): string {
  return text.length > MAX_PROBLEM_TEXT ? `${text.slice(0, MAX_PROBLEM_TEXT - 1)}…` : text;
}
