import { LOG_UPCASTERS } from '@par/contracts';
import type { EventStoreOptions } from '@par/event-store';

/** Each log is read through its own upcasters (LOG_UPCASTERS), as the services read it; ranking's and survey's logs have none yet. */
export function upcastersOf(log: 'submissions' | 'appraisal' | 'ranking' | 'survey'): EventStoreOptions {
  return log === 'submissions' || log === 'appraisal' ? { upcasters: LOG_UPCASTERS[log] } : {};
}
