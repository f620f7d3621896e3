import type { PublishedIndexEvent, PublishedIndexRecordedData } from '@par/contracts';

/** A year's figures as recorded, without what only says which revision they are (revision, reason). */
export type PublishedFigures = Omit<PublishedIndexRecordedData, 'revision' | 'reason'>;

export type PublishedIndexState = { readonly status: 'none' } | { readonly status: 'recorded'; readonly revision: number; readonly latest: PublishedFigures };

export const initialPublishedIndexState = (): PublishedIndexState => ({ status: 'none' });

/** Every revision stays in the stream; the state keeps the latest, which a new file is compared with. */
export function evolve(_state: PublishedIndexState, event: PublishedIndexEvent): PublishedIndexState {
  const { revision, reason: _reason, ...latest } = event.data;
  return { status: 'recorded', revision, latest };
}
