import { z } from 'zod';
import type { ClientReply } from '@par/contracts';
import { dto } from '../openapi/dto';
import { decimalText } from '../shared/shared.schemas';

export const ProgressView = dto(
  'ProgressView',
  z
    .object({
      secured: decimalText('Điểm đã đạt'),
      surveyHeld: decimalText('Điểm chờ kết quả điều tra'),
      applicableMax: decimalText('Tổng điểm tối đa của các tiêu chí áp dụng'),
      projected: decimalText('Điểm dự kiến cuối năm'),
    })
    .meta({ description: 'Tiến độ trong năm' }),
);

export function progressView({ secured, surveyHeld, applicableMax, projected }: ClientReply<'submissions', 'getProgress'>): z.output<typeof ProgressView> {
  return { secured, surveyHeld, applicableMax, projected };
}
