import type { FieldRankingDocument } from '@par/contracts';
import type { ResultsFormat } from './results-formats';
import { csvText, textTable } from './results-formats';

const COLUMNS = ['rank', 'unit', 'name', 'achieved', 'applicableMax', 'index'] as const;

/** `par results --field F`: json as rankByField gives it; csv and table like the results, one section per group. */
export function formatFieldRanking(ranking: FieldRankingDocument, format: ResultsFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(ranking, null, 2);
    case 'csv':
      return csvText([
        ['group', 'field', ...COLUMNS],
        ...ranking.groups.flatMap((group) => group.results.map((row) => [group.group, ranking.field, ...COLUMNS.map((column) => row[column])])),
      ]);
    case 'table':
      return ranking.groups
        .map(
          (group) =>
            `${ranking.cycle} — ${group.group} — ${ranking.field}. ${group.title}\n${textTable(
              [...COLUMNS],
              group.results.map((row) => COLUMNS.map((column) => row[column])),
            )}`,
        )
        .join('\n');
  }
}
