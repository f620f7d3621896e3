import { appraisalUpcasters } from './appraisal/appraisal-upcasters';
import { submissionsUpcasters } from './submissions/submissions-upcasters';

/**
 * Each log's registry, by the log's name: every reader of a log (its event store, a consumer of its topic)
 * reads it through this one. Ranking's decision log has no older schema versions yet, hence no registry.
 */
export const LOG_UPCASTERS = { submissions: submissionsUpcasters, appraisal: appraisalUpcasters } as const;
