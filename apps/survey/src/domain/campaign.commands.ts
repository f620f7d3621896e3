import type { Actor, BatchUnitCounts, CampaignFile, ScoringMethodData } from '@par/contracts';
import type { IndexValue, Points } from '@par/domain';
import type { RecordedCampaignData } from './campaign.state';

interface ByActor {
  readonly actor: Actor;
}

/**
 * What the cycle catalogue (the service's projection of the submissions log) knows of the campaign's cycle,
 * put in by the handler: the decider never reads another service's data itself.
 */
export interface CatalogueFacts {
  readonly cycleExists: boolean;
  /**
   * Each group of the cycle, with its criteria set's survey-held leaves: code → scoring method (null when the
   * catalogue projected the set before it kept methods: its migration 0002).
   */
  readonly groups: ReadonlyMap<string, ReadonlyMap<string, ScoringMethodData | null>>;
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

/**
 * A cycle file's published results of one campaign (its `surveys` section), issued by the import alone: the file's
 * own checks have placed every leaf in its unit's criteria set, so no catalogue facts come with it.
 */
export interface RecordPublishedResults extends ByActor {
  readonly type: 'RecordPublishedResults';
  readonly campaign: RecordedCampaignData;
  readonly points: readonly ComputedLeafPoints[];
}

export type CampaignCommand = OpenCampaign | RecordResponsesBatch | ApplySurveyPoints | RecordPublishedResults;
