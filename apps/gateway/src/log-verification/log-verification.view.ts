import { z } from 'zod';
import type { ClientReply } from '@par/contracts';
import { dto } from '../openapi/dto';

/** The services whose event log the gateway can have checked, in the order a cycle's events flow. */
export const LOGGED_SERVICES = ['submissions', 'appraisal', 'ranking', 'survey'] as const;
export type LoggedService = (typeof LOGGED_SERVICES)[number];

const brokenEvent = z
  .object({
    streamId: z.string(),
    streamVersion: z.number().int(),
    eventId: z.string().meta({ description: 'Mã sự kiện; rỗng nếu cả luồng đã bị xoá (chỉ còn dòng đầu luồng)' }),
    problem: z.enum(['HASH_MISMATCH', 'PREVIOUS_HASH_MISMATCH', 'VERSION_GAP']),
    expected: z.string(),
    actual: z.string(),
  })
  .meta({ description: 'Sự kiện đầu tiên (theo thứ tự toàn cục) có chuỗi băm không khớp' });

export const LogVerificationsView = dto(
  'LogVerifications',
  z
    .object({
      services: z.array(
        z.object({
          service: z.enum(LOGGED_SERVICES),
          ok: z.boolean(),
          events: z.number().int().meta({ description: 'Số sự kiện đã kiểm tra' }),
          streams: z.number().int().meta({ description: 'Số luồng sự kiện đã kiểm tra' }),
          firstBroken: brokenEvent.optional().meta({ description: 'Chỉ có khi ok = false' }),
        }),
      ),
    })
    .meta({ description: 'Kết quả tính lại chuỗi băm của nhật ký sự kiện từng dịch vụ (như `par verify`)' }),
);

export type LogVerificationsView = z.output<typeof LogVerificationsView>;
type ServiceVerification = LogVerificationsView['services'][number];

/** One service's VerifyLog reply as the API answers it (int64 counts arrive as decimal strings). */
export function serviceVerificationView(service: LoggedService, reply: ClientReply<'submissions', 'verifyLog'>): ServiceVerification {
  const counts = { service, ok: reply.ok, events: Number(reply.events), streams: Number(reply.streams) };
  const broken = reply.firstBroken;
  if (reply.ok || !broken) return counts;
  return {
    ...counts,
    firstBroken: {
      streamId: broken.streamId,
      streamVersion: broken.streamVersion,
      eventId: broken.eventId,
      problem: broken.problem as NonNullable<ServiceVerification['firstBroken']>['problem'],
      expected: broken.expected,
      actual: broken.actual,
    },
  };
}
