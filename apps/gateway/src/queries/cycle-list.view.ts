import { z } from 'zod';
import type { ClientReply } from '@par/contracts';
import { dto } from '../openapi/dto';

export const CycleList = dto(
  'CycleList',
  z
    .object({
      cycles: z.array(
        z.object({
          cycleId: z.string(),
          year: z.number().int(),
          title: z.string(),
          status: z.enum(['setup', 'open', 'closed']).meta({ description: 'Trạng thái: setup (thiết lập), open (đang mở), closed (đã đóng)' }),
        }),
      ),
    })
    .meta({ description: 'Các kỳ đánh giá, năm gần nhất trước' }),
);

type CycleListView = z.output<typeof CycleList>;

export function cycleListView({ cycles }: ClientReply<'submissions', 'listCycles'>): CycleListView {
  return {
    cycles: cycles.map(({ cycleId, year, title, status }) => ({ cycleId, year, title, status: status as CycleListView['cycles'][number]['status'] })),
  };
}
