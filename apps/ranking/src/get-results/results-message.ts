import type { ResultsDocument, RpcReply } from '@par/contracts';

/** The results table in ranking.proto's shape: class as class_code; a null index or class (a row's or a field's) left unset. */
export function resultsMessage(document: ResultsDocument): RpcReply<'ranking', 'GetResults'> {
  return {
    cycle: document.cycle,
    groups: document.groups.map((group) => ({
      group: group.group,
      results: group.results.map((row) => ({
        rank: row.rank,
        unit: row.unit,
        name: row.name,
        selfTotal: row.selfTotal,
        appraisedTotal: row.appraisedTotal,
        applicableMax: row.applicableMax,
        index: row.index ?? undefined,
        classCode: row.class ?? undefined,
        fields: (row.fields ?? []).map((field) => ({ ...field, index: field.index ?? undefined })),
      })),
    })),
  };
}
