import type { ClientReply, ResultsDocument } from '@par/contracts';
import { absentAsNull } from '../shared/absent';

/**
 * The results as INTERCHANGE.md prints them, so an HTTP client compares them with `par results` byte for
 * byte: ranking.proto leaves `index` and `class_code` unset where the JSON has null, and names the class `classCode`.
 */
export function resultsDocument(message: ClientReply<'ranking', 'getResults'>): ResultsDocument {
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
        index: absentAsNull(index),
        class: absentAsNull(classCode),
      })),
    })),
  };
}
