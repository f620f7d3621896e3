import type { RpcRequest } from '@par/contracts';
import type { ThresholdInput } from '@par/domain';

type ThresholdMessage = RpcRequest<'submissions', 'CreateCycle'>['thresholds'][number];

/** The proto's thresholds as the deciders take them (`classCode` is the interchange file's `class`); the deciders validate. */
export function thresholdsOf(thresholds: readonly ThresholdMessage[]): ThresholdInput[] {
  return thresholds.map((threshold) => ({ class: threshold.classCode, label: threshold.label, minIndex: threshold.minIndex }));
}
