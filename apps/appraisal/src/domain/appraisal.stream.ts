import { namedStream, type NamedStream } from '@par/contracts';

/**
 * One Appraisal stream per unit and cycle (`appraisal:<cycleId>:<unitId>`, or the legacy
 * `appraisal-<cycleId>-<unitId>` it began under). Give it to handleCommand / loadStream, never read its
 * `streamId` alone: an appraisal begun before the naming changed is under the legacy id.
 */
export function appraisalStream(cycleId: string, unitId: string): NamedStream {
  return namedStream('appraisal', { cycleId, unitId });
}
