import type { Actor, PublishedIndexFile } from '@par/contracts';

/** A file accepted by parsePublishedIndexFile: record its year's figures; `reason` says why, when they correct a recorded year. */
export interface RecordPublishedIndex {
  readonly type: 'RecordPublishedIndex';
  readonly actor: Actor;
  readonly file: PublishedIndexFile;
  readonly reason?: string;
}

export type PublishedIndexCommand = RecordPublishedIndex;
