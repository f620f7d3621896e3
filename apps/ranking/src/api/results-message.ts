import type { ResultRow, ResultsDocument } from '@par/contracts';

// The results table between INTERCHANGE.md's JSON and ranking.proto's Results: null ↔ '', class ↔ class_code.

export interface ResultRowMessage {
  rank: number;
  unit: string;
  name: string;
  selfTotal: string;
  appraisedTotal: string;
  applicableMax: string;
  index: string;
  classCode: string;
}

export interface ResultsMessage {
  cycle: string;
  groups: { group: string; results: ResultRowMessage[] }[];
}

export function resultsMessage(document: ResultsDocument): ResultsMessage {
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
        index: row.index ?? '',
        classCode: row.class ?? '',
      })),
    })),
  };
}

/** The interchange document again (what a client of the API rebuilds; the tests compare it with the query's). */
export function resultsDocumentOf(message: ResultsMessage): ResultsDocument {
  return {
    cycle: message.cycle,
    groups: message.groups.map((group) => ({
      group: group.group,
      results: group.results.map(
        (row): ResultRow => ({
          rank: row.rank,
          unit: row.unit,
          name: row.name,
          selfTotal: row.selfTotal,
          appraisedTotal: row.appraisedTotal,
          applicableMax: row.applicableMax,
          index: row.index === '' ? null : row.index,
          class: row.classCode === '' ? null : row.classCode,
        }),
      ),
    })),
  };
}
