import type { Columns } from '../../unnest-columns';
import type { ForwardTable } from './forward-upsert';

/** The forward-only tables, their columns in the order CycleScoresBatch gathers cells (cycle-scores.migration.ts). */
export const CYCLES: ForwardTable = {
  name: 'cycles',
  keyColumns: 1,
  columns: [
    ['cycle_id', 'text'],
    ['year', 'integer'],
    ['title', 'text'],
    ['evaluator', 'text'],
    ['thresholds', 'jsonb'],
    ['source_version', 'integer'],
  ],
};
export const GROUPS: ForwardTable = {
  name: 'groups',
  keyColumns: 2,
  columns: [
    ['cycle_id', 'text'],
    ['group_id', 'text'],
    ['name', 'text'],
    ['criteria_set_id', 'text'],
    ['thresholds', 'jsonb'],
    ['source_version', 'integer'],
  ],
};
export const CRITERIA_SET_VERSIONS: ForwardTable = {
  name: 'criteria_set_versions',
  keyColumns: 3,
  columns: [
    ['cycle_id', 'text'],
    ['criteria_set_id', 'text'],
    ['set_version', 'integer'],
    ['criteria', 'jsonb'],
    ['source_version', 'integer'],
  ],
};
export const UNITS: ForwardTable = {
  name: 'units',
  keyColumns: 2,
  columns: [
    ['cycle_id', 'text'],
    ['unit_id', 'text'],
    ['name', 'text'],
    ['group_id', 'text'],
    ['parent_id', 'text'],
    ['source_version', 'integer'],
  ],
};
export const APPLICABILITY: ForwardTable = {
  name: 'applicability',
  keyColumns: 3,
  columns: [
    ['cycle_id', 'text'],
    ['unit_id', 'text'],
    ['criterion', 'text'],
    ['applicable', 'boolean'],
    ['reason', 'text'],
    ['source_version', 'integer'],
  ],
};
export const SELF_ASSESSMENTS: ForwardTable = {
  name: 'self_assessments',
  keyColumns: 2,
  columns: [
    ['cycle_id', 'text'],
    ['unit_id', 'text'],
    ['submission', 'integer'],
    ['self_total', 'text'],
    ['submitted_by', 'text'],
    ['source_version', 'integer'],
  ],
};
export const LEAF_VALUES: ForwardTable = {
  name: 'leaf_values',
  keyColumns: 3,
  columns: [
    ['cycle_id', 'text'],
    ['unit_id', 'text'],
    ['criterion', 'text'],
    ['points', 'text'],
    ['set_by', 'text'],
    ['source_version', 'integer'],
  ],
};

/** The self scores, as the writer copies them in (plain inserts: a standing submission's rows are deleted first). */
export const SELF_SCORES: Columns = [
  ['cycle_id', 'text'],
  ['unit_id', 'text'],
  ['criterion', 'text'],
  ['points', 'text'],
  ['evidence', 'jsonb'],
  ['note', 'text'],
  ['submission', 'integer'],
];
