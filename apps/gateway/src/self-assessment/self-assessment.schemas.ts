import { z } from 'zod';
import { dto } from '../openapi/dto';
import { decimal, Evidence, text } from '../shared/shared.schemas';

export const ScoreBody = dto(
  'ScoreCriterion',
  z
    .strictObject({
      points: decimal.meta({ description: 'Điểm tự chấm, trong [0, điểm tối đa] và đúng bước của tiêu chí', example: '0.75' }),
      evidence: z.array(Evidence).optional().meta({ description: 'Tài liệu kiểm chứng; điểm > 0 cần có tài liệu hoặc ghi chú' }),
      note: z.string().optional().meta({ description: 'Ghi chú, giải thích của đơn vị' }),
    })
    .meta({ description: 'Điểm tự đánh giá một tiêu chí lá (bản nháp cho đến khi nộp)' }),
);

export const ReopenBody = dto('ReopenSelfAssessment', z.strictObject({ reason: text('Lý do mở lại') }).meta({ description: 'Mở lại bản tự đánh giá đã nộp' }));

export const ProgressQuery = dto(
  'ProgressQuery',
  z.strictObject({
    expectedSurveyRatio: decimal.optional().meta({ description: 'Tỷ lệ dự kiến đạt được ở các tiêu chí điều tra (0–1); bỏ trống: 0' }),
  }),
);

/**
 * The service names a score's fields as in a whole sheet (`scores[1.1].points`); on this route the
 * criterion is the path and the score the body, so a client reads `points`, `criterion`, `evidence[0].title`.
 */
export function scoreFieldName(serviceField: string): string {
  return serviceField.replace(/^scores\[[^\]]*\]\./, '');
}
