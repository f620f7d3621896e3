import { namedStream, type NamedStream } from '../contracts';

export type {
  ApplicabilitySet,
  CriteriaSetCorrected,
  CriteriaSetDefined,
  CycleClosed,
  CycleCreated,
  CycleEvent,
  CycleOpened,
  DeadlinesSet,
  GroupDefined,
  UnitRegistered,
  UnitRenamed,
} from '../contracts';

/**
 * One stream per cycle: its setup, its units and its criteria sets change together and in order.
 * `cycle:<cycleId>`, or the legacy `cycle-<cycleId>` it began under: give it to handleCommand / loadStream.
 */
export function cycleStream(cycleId: string): NamedStream {
  return namedStream('cycle', { cycleId });
}
