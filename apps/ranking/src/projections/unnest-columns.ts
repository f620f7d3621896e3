/** A column's type, as an array parameter of `unnest` carries it (jsonb travels as text). */
export type ColumnType = 'text' | 'integer' | 'boolean' | 'jsonb' | 'timestamptz';

export type Columns = readonly (readonly [name: string, type: ColumnType])[];

/**
 * Many rows in one statement, each column as one array: `unnest($1::text[], $2::integer[], …) AS v(a, b, …)`.
 * A statement then has as many parameters as the table has columns whatever the number of rows, and the
 * server plans it once: far cheaper than a VALUES list of thousands of rows.
 */
export function unnestOf(columns: Columns): string {
  const arrays = columns.map(([, type], index) => `$${index + 1}::${type === 'jsonb' ? 'text' : type}[]`);
  return `unnest(${arrays.join(', ')}) AS v(${columns.map(([name]) => name).join(', ')})`;
}

/** The select list over `unnestOf`: jsonb read back from its text. */
export function selectList(columns: Columns): string {
  return columns.map(([name, type]) => (type === 'jsonb' ? `v.${name}::jsonb` : `v.${name}`)).join(', ');
}

/** Rows of cells as one array per column: the parameters of `unnestOf`. */
export function columnsOf(rows: readonly (readonly unknown[])[], width: number): unknown[][] {
  const columns = Array.from({ length: width }, () => new Array<unknown>(rows.length));
  rows.forEach((cells, row) => cells.forEach((cell, column) => (columns[column][row] = cell)));
  return columns;
}
