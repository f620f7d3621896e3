import { Metadata, type requestCallback } from '@grpc/grpc-js';
import type { ClientRequest, GrpcClients } from '@par/contracts';
import { grpcClient } from '@par/grpc-server';
import { grpcTestClient, type GrpcTestClient } from '@par/testing';

/** RecordResponses' reply as the client decodes it (read from the generated client's last overload, `(callback)`). */
type Recorded = GrpcClients['survey']['RecordResponses'] extends (callback: requestCallback<infer Reply>) => unknown ? Reply : never;
type Header = Pick<NonNullable<ClientRequest<'survey', 'OpenCampaign'>>, 'actor'> & { campaignId: string; format: string };

/** A real gRPC client of par.survey.v1.Survey: the unary RPCs as promises, RecordResponses as a stream of pieces. */
export interface SurveyGrpcClient {
  readonly call: GrpcTestClient<'survey'>['call'];
  /** Streams `file` in pieces of `pieceSize` bytes, the first carrying the header; resolves to the reply. */
  recordResponses(header: Header, file: Buffer, options?: { pieceSize?: number; correlationId?: string }): Promise<Recorded>;
  close(): void;
}

export function surveyGrpcClient(address: string): SurveyGrpcClient {
  const unary = grpcTestClient('survey', address);
  const streaming: GrpcClients['survey'] = grpcClient('survey', address);
  return {
    call: unary.call,
    recordResponses: (header, file, { pieceSize = 64 * 1024, correlationId } = {}) =>
      new Promise<Recorded>((resolve, reject) => {
        const metadata = new Metadata();
        if (correlationId) metadata.set('x-correlation-id', correlationId);
        const call = streaming.RecordResponses(metadata, { deadline: Date.now() + 60_000 }, (error, reply) =>
          error || !reply ? reject(error) : resolve(reply),
        );
        call.write({ ...header, bytes: file.subarray(0, pieceSize) });
        for (let start = pieceSize; start < file.length; start += pieceSize) call.write({ bytes: file.subarray(start, start + pieceSize) });
        call.end();
      }),
    close: () => {
      unary.close();
      streaming.close();
    },
  };
}
