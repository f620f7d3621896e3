import { LOG_UPCASTERS } from '@par/contracts';
import type { EventStoreOptions } from '@par/event-store';

/** Each log is read through its own upcasters (LOG_UPCASTERS), as the services read it; ranking's log has none yet. */
export function upcastersOf(log: 'submissions' | 'appraisal' | 'ranking'): EventStoreOptions {
  return log === 'ranking' ? {} : { upcasters: LOG_UPCASTERS[log] };
}
