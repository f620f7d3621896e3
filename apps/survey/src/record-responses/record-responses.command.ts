import { Command } from '@nestjs/cqrs';
import type { Actor, RejectedRow, ResponsesFormat } from '@par/contracts';
import type { Readable } from 'node:stream';
import type { CommandOrigin } from '../infrastructure/campaign-log';

/** What an import of a responses file answers. */
export interface RecordedResponses {
  /** The file's checksum (`sha256:…`): the batch id. */
  readonly batchId: string;
  readonly accepted: number;
  /** The first 1,000 rejected rows, each with its line and reason. */
  readonly rejected: readonly RejectedRow[];
  /** All rejected rows, including those not listed. */
  readonly rejectedCount: number;
  /** The same file was imported before: nothing changed. */
  readonly alreadyRecorded: boolean;
}

/** Imports one responses file (CSV, JSON lines or XLSX) of a campaign as one batch, streaming it through. */
export class RecordResponsesCommand extends Command<RecordedResponses> {
  constructor(
    readonly campaignId: string,
    readonly file: Readable | AsyncIterable<Buffer>,
    readonly format: ResponsesFormat,
    readonly actor: Actor,
    readonly origin: CommandOrigin = {},
  ) {
    super();
  }
}
