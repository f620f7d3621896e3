import { resultsToJson, type ResultsDocument } from '@par/contracts';

export const RESULT_FORMATS = ['table', 'json', 'csv'] as const;
export type ResultsFormat = (typeof RESULT_FORMATS)[number];

const COLUMNS = ['rank', 'unit', 'name', 'selfTotal', 'appraisedTotal', 'applicableMax', 'index', 'class'] as const;

/** json: INTERCHANGE.md's document, byte for byte as resultsToJson writes it (no trailing newline). */
export function formatResults(results: ResultsDocument, format: ResultsFormat): string {
  switch (format) {
    case 'json':
      return resultsToJson(results);
    case 'csv':
      return csvText([
        ['group', ...COLUMNS],
        ...results.groups.flatMap((group) => group.results.map((row) => [group.group, ...COLUMNS.map((column) => row[column])])),
      ]);
    case 'table':
      return results.groups
        .map(
          (group) =>
            `${results.cycle} — ${group.group}\n${textTable(
              [...COLUMNS],
              group.results.map((row) => COLUMNS.map((column) => row[column])),
            )}`,
        )
        .join('\n');
  }
}

/** RFC 4180 lines (CRLF, a final CRLF included), header first. */
export function csvText(rows: readonly (readonly unknown[])[]): string {
  return `${rows.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** RFC 4180: quote a cell holding a comma, quote or line break; null is an empty cell. */
function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const RIGHT_ALIGNED = new Set(['rank', 'achieved', 'selfTotal', 'appraisedTotal', 'applicableMax', 'index', 'points']);

/** A plain aligned table (figures right-aligned), for people. */
export function textTable(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const cells = [header, ...rows.map((row) => row.map((value) => (value === null || value === undefined ? '—' : String(value))))];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => [...(row[column] ?? '')].length)));
  const numeric = header.map((name, column) => RIGHT_ALIGNED.has(name) && rows.every((row) => row[column] === null || /^-?[\d.]+$/.test(String(row[column]))));
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) => (numeric[column] ? cell.padStart(widths[column]) : cell.padEnd(widths[column])))
      .join('  ')
      .trimEnd();
  return `${[line(cells[0]), widths.map((width) => '-'.repeat(width)).join('  '), ...cells.slice(1).map(line)].join('\n')}\n`;
}
