import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import type { Observable } from 'rxjs';
import { MultipartFile } from '../shared/multipart-file';
import { responsesFormatOf } from './responses-formats';
import { SurveyImports } from './survey-imports';

export const MAX_RESPONSES_BYTES = 50 * 1024 * 1024;

/**
 * A responses file: one part `file`, .csv or .jsonl, at most 50 MB. Held in memory until it has been
 * streamed to the survey service: the upload is answered 202 at once and sent in the background, so the
 * bytes must outlive the request (a pass-through stream would keep the client waiting for the whole import).
 */
export const RESPONSES_FILE = new MultipartFile({ maxBytes: MAX_RESPONSES_BYTES, what: 'the responses file', accept: responsesFormatOf });

/**
 * Receives the responses file of `POST /surveys/{campaignId}/responses`, after the AuthGuard: nothing is read
 * for a caller who may not import, nor while the gateway already holds as many files as it may (429).
 */
@Injectable()
export class ResponsesFileUpload implements NestInterceptor {
  // Explicit token: tsx (the embedded platform's runner) emits no decorator metadata.
  constructor(@Inject(SurveyImports) private readonly imports: SurveyImports) {}

  intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    this.imports.assertRoom();
    return RESPONSES_FILE.intercept(context, next);
  }
}
