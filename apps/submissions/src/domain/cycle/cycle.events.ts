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

/** One stream per cycle: its setup, its units and its criteria sets change together and in order. */
export function cycleStreamId(cycleId: string): string {
  return `cycle-${cycleId}`;
}
