import { appraisalUpcasters, submissionsUpcasters } from '@par/contracts';
import type { EventStoreOptions } from '@par/event-store';

/**
 * Each log is read through its own upcasters, as the services read it. Ranking's decision log has no
 * older schema versions yet, hence no registry.
 */
export function upcastersOf(log: 'submissions' | 'appraisal' | 'ranking'): EventStoreOptions {
  if (log === 'submissions') return { upcasters: submissionsUpcasters };
  if (log === 'appraisal') return { upcasters: appraisalUpcasters };
  return {};
}
