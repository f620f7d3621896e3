import type { ResultsDocument } from '@par/contracts';

/** ranking.proto's Results as proto-loader decodes it: '' where the interchange JSON has null, class as classCode. */
interface ResultsMessage {
  cycle: string;
  groups: { group: string; results: { rank: number; unit: string; name: string; selfTotal: string; appraisedTotal: string; applicableMax: string; index: string; classCode: string }[] }[];
}

/** The results as INTERCHANGE.md prints them, so an HTTP client compares them with `par results` byte for byte. */
export function resultsDocument(message: ResultsMessage): ResultsDocument {
  return {
    cycle: message.cycle,
    groups: message.groups.map(({ group, results }) => ({
      group,
      results: results.map(({ rank, unit, name, selfTotal, appraisedTotal, applicableMax, index, classCode }) => ({
        rank,
        unit,
        name,
        selfTotal,
        appraisedTotal,
        applicableMax,
        index: index === '' ? null : index,
        class: classCode === '' ? null : classCode,
      })),
    })),
  };
}

export type { ResultsMessage };
