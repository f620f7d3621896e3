import type { CampaignOpened, CampaignRecorded, SurveyEvent } from '@par/contracts';

export type OpenedCampaignData = CampaignOpened['data'];
export type RecordedCampaignData = CampaignRecorded['data'];

export interface OpenedCampaign {
  readonly status: 'open';
  readonly campaign: OpenedCampaignData;
  /** Batch ids (file checksums) in recording order. */
  readonly batches: readonly string[];
  /** The last points applied, by leafKey(unit, criterion). */
  readonly applied: ReadonlyMap<string, string>;
}

/** A campaign known from a cycle file's published results: it takes no responses, only the values the file gave. */
export interface RecordedCampaign {
  readonly status: 'recorded';
  readonly campaign: RecordedCampaignData;
  readonly applied: ReadonlyMap<string, string>;
}

export type CampaignState = { readonly status: 'none' } | OpenedCampaign | RecordedCampaign;

export const initialCampaignState = (): CampaignState => ({ status: 'none' });

export function isOpen(state: CampaignState): state is OpenedCampaign {
  return state.status === 'open';
}

/** A unit's leaf: unit ids and criterion codes never hold NUL, so the pair is unambiguous. */
export function leafKey(unitId: string, criterion: string): string {
  return `${unitId}\u0000${criterion}`;
}

export function evolve(state: CampaignState, event: SurveyEvent): CampaignState {
  if (event.type === 'CampaignOpened') return { status: 'open', campaign: event.data, batches: [], applied: new Map() };
  if (event.type === 'CampaignRecorded') return { status: 'recorded', campaign: event.data, applied: new Map() };
  if (state.status === 'none') throw new Error(`${event.type} before CampaignOpened: the stream is corrupt`);
  switch (event.type) {
    case 'ResponsesBatchAccepted':
      if (!isOpen(state)) throw new Error('ResponsesBatchAccepted in a recorded campaign: the stream is corrupt');
      return { ...state, batches: [...state.batches, event.data.batchId] };
    case 'SurveyPointsApplied': {
      const applied = new Map(state.applied);
      applied.set(leafKey(event.data.unitId, event.data.criterion), event.data.points);
      return { ...state, applied };
    }
  }
}
