import { z } from 'zod';
import type { ClientReply } from '@par/contracts';
import { dto } from '../openapi/dto';
import { decimalText } from '../shared/shared.schemas';

export const ProgressView = dto(
  'ProgressView',
  z
    .object({
      secured: decimalText('Điểm đã đạt: điểm tự chấm của các tiêu chí đơn vị tự chấm và điểm điều tra đã có'),
      surveyHeld: decimalText('Tổng điểm tối đa của các tiêu chí điều tra (đã có hoặc chưa có kết quả)'),
      surveyGiven: decimalText('Điểm điều tra đã nhận (đã tính trong điểm đã đạt); null nếu dịch vụ chưa báo con số này').nullable(),
      surveyPending: decimalText('Tổng điểm tối đa của các tiêu chí điều tra chưa có kết quả; null nếu dịch vụ chưa báo con số này').nullable(),
      applicableMax: decimalText('Tổng điểm tối đa của các tiêu chí áp dụng'),
      projected: decimalText('Điểm dự kiến cuối năm: điểm đã đạt + điểm điều tra còn chờ × tỷ lệ dự kiến'),
    })
    .meta({ description: 'Tiến độ trong năm' }),
);

/** The reply as HTTP shows it: a figure the service did not send (one that predates it) is null, never ''. */
export function progressView(reply: ClientReply<'submissions', 'getProgress'>): z.output<typeof ProgressView> {
  const { secured, surveyHeld, surveyGiven, surveyPending, applicableMax, projected } = reply;
  return { secured, surveyHeld, surveyGiven: surveyGiven || null, surveyPending: surveyPending || null, applicableMax, projected };
}
