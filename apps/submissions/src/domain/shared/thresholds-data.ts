import { parseThresholds, ThresholdInput } from '@par/domain';
import { ThresholdData } from '../contracts';
import { SubmissionsError } from './submissions-error';

/** Validates thresholds with the domain's rules and writes them as recorded: highest minIndex first, 2 places. */
export function parseThresholdsData(input: unknown, field = 'thresholds'): ThresholdData[] {
  if (!Array.isArray(input)) {
    throw new SubmissionsError('FIELD_REQUIRED', `${field} must list the classification thresholds`, { field, value: input });
  }
  const parsed = parseThresholds(input as ThresholdInput[], field);
  if (!parsed.ok) throw SubmissionsError.fromDomain(parsed.errors);
  return parsed.value.thresholds.map((threshold) => ({ class: threshold.class, label: threshold.label, minIndex: threshold.minIndex.toFixed(2) }));
}
