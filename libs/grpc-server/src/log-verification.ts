import type { RpcReply } from '@par/contracts';
import type { VerifyResult } from '@par/event-store';

/** par.common.v1.LogVerification: what every service's VerifyLog answers. */
export type LogVerificationReply = RpcReply<'submissions', 'VerifyLog'>;

/** A log's hash-chain check (EventStore.verify()) as common.proto's LogVerification; first_broken unset when the log holds. */
export function logVerificationReply(result: VerifyResult): LogVerificationReply {
  const counts = { ok: result.ok, events: result.events, streams: result.streams };
  if (result.ok) return counts;
  const { streamId, streamVersion, eventId, problem, expected, actual } = result.firstBroken;
  return { ...counts, firstBroken: { streamId, streamVersion, eventId, problem, expected, actual } };
}
