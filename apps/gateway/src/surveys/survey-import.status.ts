import type { requestCallback } from '@grpc/grpc-js';
import type { GrpcClients } from '@par/contracts';
import type { Problem } from '../problems/problem';
import type { ResponsesFormat } from './responses-formats';

/** What the survey service answered a responses file (par.survey.v1.RecordedResponses), read from the generated client's `(callback)` overload. */
export type RecordedResponses = GrpcClients['survey']['recordResponses'] extends (callback: requestCallback<infer Reply>) => unknown ? Reply : never;

export type SurveyImportState = 'queued' | 'running' | 'succeeded' | 'failed';

/** One uploaded responses file on its way to the survey service, as the gateway remembers it. */
export interface SurveyImportStatus {
  readonly id: string;
  readonly state: SurveyImportState;
  readonly campaignId: string;
  readonly fileName: string;
  readonly format: ResponsesFormat;
  /** Who uploaded it (the token's subject). */
  readonly requestedBy: string;
  readonly createdAt: string;
  readonly finishedAt: string | null;
  /** Bytes handed to the service so far, out of the file's size (the service reads them as fast as it imports). */
  readonly progress: { readonly bytesSent: number; readonly totalBytes: number };
  /** Once succeeded: the batch, its counts and the first rejected rows. */
  readonly result: RecordedResponses | null;
  /** Once failed: why (the service's refusal, or a failure), as the route would have answered it. */
  readonly problem: Problem | null;
}
