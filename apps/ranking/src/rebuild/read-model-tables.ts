/**
 * Every table of ranking's read models (read-models.ts and the migrations it lists): what a rebuild empties
 * and fills again from the source logs. Not the service's own decision log (events, streams … of
 * @par/event-store), nor the migration ledgers, nor the consumers' bookkeeping. A spec checks the schema
 * holds no other table, so a new read model cannot be forgotten here.
 */
export const RANKING_READ_MODEL_TABLES = [
  'cycles',
  'groups',
  'criteria_set_versions',
  'units',
  'applicability',
  'self_assessments',
  'self_scores',
  'leaf_values',
  'adjustments',
  'appraisal_status',
  'survey_values',
  'audit_entries',
  // Derived from the tables above; emptied so that each cycle's document is computed again (ResultsRefresher).
  'results_revisions',
  'cycle_results',
] as const;
