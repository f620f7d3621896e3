import type { Actor, BatchUnitCounts, CampaignFile } from '@par/contracts';
import type { IndexValue, Points } from '@par/domain';

interface ByActor {
  readonly actor: Actor;
}

/**
 * What the cycle catalogue (the service's projection of the submissions log) knows of the campaign's cycle,
 * put in by the handler: the decider never reads another service's data itself.
 */
export interface CatalogueFacts {
  readonly cycleExists: boolean;
  /** Each group of the cycle, with the codes of its criteria set's survey-held leaves. */
  readonly groups: ReadonlyMap<string, ReadonlySet<string>>;
}

/** A campaign file was accepted by parseCampaignFile: open the survey it describes. */
export interface OpenCampaign extends ByActor {
  readonly type: 'OpenCampaign';
  readonly campaign: CampaignFile;
  readonly catalogue: CatalogueFacts;
}

/** A responses file read and its accepted rows stored: `batchId` is the file's checksum. */
export interface RecordResponsesBatch extends ByActor {
  readonly type: 'RecordResponsesBatch';
  readonly batchId: string;
  readonly rows: number;
  readonly answers: number;
  readonly respondents: number;
  readonly rejected: number;
  readonly units: readonly BatchUnitCounts[];
}

/** One unit's points on one scored leaf, computed by the handler from the current indices. */
export interface ComputedLeafPoints {
  readonly unitId: string;
  readonly criterion: string;
  readonly points: Points;
  readonly index: IndexValue;
  readonly respondents: number;
  readonly answers: number;
}

/** Records the leaf points of the current indices, computed over the batches of `basis`. */
export interface ApplySurveyPoints extends ByActor {
  readonly type: 'ApplySurveyPoints';
  readonly basis: readonly string[];
  readonly points: readonly ComputedLeafPoints[];
}

export type CampaignCommand = OpenCampaign | RecordResponsesBatch | ApplySurveyPoints;
