import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Caller } from '../auth/principal';
import { actorOf } from '../grpc/service-client';
import { SURVEY, type SurveyService } from '../grpc/service-clients';
import { ProblemError } from '../problems/problem';
import { problemOf } from '../problems/problem-of';
import type { ResponsesFormat } from './responses-formats';
import type { SurveyImportStatus } from './survey-import.status';

/** Statuses kept for polling: the last 50 (older finished ones are forgotten, as the cycle transfer's are). */
export const KEPT_IMPORTS = 50;
/** Files held in memory at once, sent or waiting (each at most 50 MB): beyond, 429 until one is through. */
export const MAX_HELD_FILES = 4;
/** Files streamed to the service at the same time; the others wait, queued. */
const MAX_SENDING = 2;
/** The piece size of RecordResponses' messages (gRPC's default message limit is 4 MB). */
const PIECE_BYTES = 64 * 1024;
/** A 50 MB file is imported row by row: much longer than a command's deadline. */
const STREAM_DEADLINE_MS = 10 * 60_000;

export interface UploadedResponses {
  readonly campaignId: string;
  readonly fileName: string;
  readonly format: ResponsesFormat;
  readonly bytes: Buffer;
}

type Job = { status: SurveyImportStatus; bytes?: Buffer; caller: Caller };

/**
 * Responses files on their way to the survey service: each is answered at once (202) and streamed in
 * the background over RecordResponses, in pieces, at the pace the service imports; its status is kept in
 * memory for polling. The file's bytes are let go as soon as the service has answered.
 */
@Injectable()
export class SurveyImports {
  private readonly logger = new Logger('survey-imports');
  private readonly imports = new Map<string, Job>();
  private readonly waiting: Job[] = [];
  private sending = 0;

  constructor(@Inject(SURVEY) private readonly survey: SurveyService) {}

  /** Refuses before a file is read when the gateway already holds as many as it may. */
  assertRoom(): void {
    if (this.held() >= MAX_HELD_FILES) {
      throw new ProblemError(429, 'SURVEY_IMPORTS_BUSY', `${MAX_HELD_FILES} responses files are being imported; send this one again in a minute`, 'file');
    }
  }

  start(upload: UploadedResponses, caller: Caller): SurveyImportStatus {
    this.assertRoom();
    const status: SurveyImportStatus = {
      id: `survey-import-${randomUUID()}`,
      state: 'queued',
      campaignId: upload.campaignId,
      fileName: upload.fileName,
      format: upload.format,
      requestedBy: caller.actor.userId,
      createdAt: new Date().toISOString(),
      finishedAt: null,
      progress: { bytesSent: 0, totalBytes: upload.bytes.length },
      result: null,
      problem: null,
    };
    const job: Job = { status, bytes: upload.bytes, caller };
    this.imports.set(status.id, job);
    this.forgetOld();
    this.waiting.push(job);
    this.next();
    return status;
  }

  /** undefined: no such import, or one forgotten. */
  status(id: string): SurveyImportStatus | undefined {
    return this.imports.get(id)?.status;
  }

  private held(): number {
    return this.sending + this.waiting.length;
  }

  private next(): void {
    while (this.sending < MAX_SENDING && this.waiting.length > 0) {
      const job = this.waiting.shift()!;
      this.sending++;
      void this.send(job).finally(() => {
        this.sending--;
        this.next();
      });
    }
  }

  private async send(job: Job): Promise<void> {
    const bytes = job.bytes!;
    job.status = { ...job.status, state: 'running' };
    try {
      const { call, reply } = this.survey.stream((rpc) => rpc.recordResponses, job.caller, STREAM_DEADLINE_MS);
      // Settles when the service has answered, early if it refused (an unknown campaign) before reading the rest.
      let over = false;
      const answered = reply.then(
        () => (over = true),
        () => (over = true),
      );
      const { campaignId, format } = job.status;
      let sent = 0;
      do {
        const piece = bytes.subarray(sent, sent + PIECE_BYTES);
        const room = call.write(sent === 0 ? { actor: actorOf(job.caller), campaignId, format, bytes: piece } : { bytes: piece });
        sent += piece.length;
        this.progress(job, sent);
        if (
          !room &&
          (await Promise.race([
            once(call, 'drain').then(
              () => false,
              () => true,
            ),
            answered,
          ]))
        )
          break;
      } while (sent < bytes.length && !over);
      call.end();
      const result = await reply;
      job.status = { ...job.status, state: 'succeeded', finishedAt: new Date().toISOString(), result };
    } catch (error) {
      job.status = { ...job.status, state: 'failed', finishedAt: new Date().toISOString(), problem: problemOf(error, this.logger) };
    } finally {
      job.bytes = undefined;
    }
  }

  private progress(job: Job, bytesSent: number): void {
    job.status = { ...job.status, progress: { ...job.status.progress, bytesSent } };
  }

  /** Keeps the last KEPT_IMPORTS statuses; an import still held is never forgotten. */
  private forgetOld(): void {
    const finished = [...this.imports.values()].filter((job) => job.bytes === undefined);
    const excess = this.imports.size - KEPT_IMPORTS;
    for (const job of finished.slice(0, Math.max(0, excess))) this.imports.delete(job.status.id);
  }
}
