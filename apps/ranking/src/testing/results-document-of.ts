import type { ResultsDocument } from '@par/contracts';
import type { RankingReply } from './ranking-grpc-client';

/** The interchange document again from a GetResults reply, as a client of the API rebuilds it: an unset index or class is null. */
export function resultsDocumentOf(reply: RankingReply<'GetResults'>): ResultsDocument {
  return {
    cycle: reply.cycle,
    groups: reply.groups.map((group) => ({
      group: group.group,
      results: group.results.map((row) => ({
        rank: row.rank,
        unit: row.unit,
        name: row.name,
        selfTotal: row.selfTotal,
        appraisedTotal: row.appraisedTotal,
        applicableMax: row.applicableMax,
        index: row.index ?? null,
        class: row.classCode ?? null,
        fields: row.fields.map((field) => ({ ...field, index: field.index ?? null })),
      })),
    })),
  };
}
