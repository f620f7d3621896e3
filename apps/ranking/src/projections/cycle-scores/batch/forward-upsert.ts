import type { PoolClient } from 'pg';
import { table } from '../../../infrastructure/ranking-schema';
import { type Columns, columnsOf, selectList, unnestOf } from '../../unnest-columns';

/** A cycle-scores table whose rows move only forward in their source stream: key columns first, source_version last. */
export interface ForwardTable {
  readonly name: string;
  readonly columns: Columns;
  /** How many leading columns form the primary key. */
  readonly keyColumns: number;
}

/**
 * Many rows in one statement, with the single-event projectors' rule: a row is inserted, or replaces the
 * stored one only if its source version is higher. `returning` names columns to return of the rows written.
 */
export async function upsertForward(tx: PoolClient, into: ForwardTable, rows: readonly { readonly cells: readonly unknown[] }[], returning?: string) {
  if (rows.length === 0) return [];
  const names = into.columns.map(([name]) => name);
  const keys = names.slice(0, into.keyColumns);
  const updated = names.slice(into.keyColumns).map((name) => `${name} = EXCLUDED.${name}`);
  const { rows: written } = await tx.query(
    `INSERT INTO ${table(into.name)} (${names.join(', ')})
     SELECT ${selectList(into.columns)} FROM ${unnestOf(into.columns)}
     ON CONFLICT (${keys.join(', ')}) DO UPDATE SET ${updated.join(', ')}
     WHERE ${into.name}.source_version < EXCLUDED.source_version${returning ? ` RETURNING ${returning}` : ''}`,
    columnsOf(
      rows.map((row) => row.cells),
      names.length,
    ),
  );
  return written;
}
