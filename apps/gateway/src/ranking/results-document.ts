import type { ClientReply, ResultsDocument } from '@par/contracts';
import { absentAsNull } from '../shared/absent';

/**
 * The results as INTERCHANGE.md prints them, so an HTTP client compares them with `par results` byte for
 * byte: ranking.proto leaves `index` and `class_code` (and a field's `index`) unset where the JSON has null, and names
 * the class `classCode`.
 */
export function resultsDocument(message: ClientReply<'ranking', 'getResults'>): ResultsDocument {
  return {
    cycle: message.cycle,
    groups: message.groups.map(({ group, results }) => ({
      group,
      results: results.map(({ rank, unit, name, selfTotal, appraisedTotal, applicableMax, index, classCode, fields }) => ({
        rank,
        unit,
        name,
        selfTotal,
        appraisedTotal,
        applicableMax,
        index: absentAsNull(index),
        class: absentAsNull(classCode),
        fields: fields.map((field) => ({
          field: field.field,
          title: field.title,
          achieved: field.achieved,
          applicableMax: field.applicableMax,
          index: absentAsNull(field.index),
        })),
      })),
    })),
  };
}
