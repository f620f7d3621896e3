import type { sendUnaryData, ServerReadableStream } from '@grpc/grpc-js';
import { CommandBus } from '@nestjs/cqrs';
import type { RpcReply } from '@par/contracts';
import { GrpcController, RequestError } from '@par/grpc-server';
import { originOf, rpcStatusOf, SurveyStreamRpc } from '../infrastructure/survey-rpc';
import { RecordedResponses, RecordResponsesCommand } from './record-responses.command';
import { type ChunkMessage, streamedFile } from './streamed-file';

type RecordedMessage = RpcReply<'survey', 'RecordResponses'>;

/**
 * A responses file streamed in pieces, imported as one batch while it arrives (the handler COPYs rows as
 * they are read): the reply names the batch, the counts and the first rejected rows.
 */
@GrpcController()
export class RecordResponsesGrpc {
  constructor(private readonly commands: CommandBus) {}

  @SurveyStreamRpc('RecordResponses')
  async record(call: ServerReadableStream<ChunkMessage, RecordedMessage>, callback: sendUnaryData<RecordedMessage>): Promise<void> {
    // A client that gives up mid-file ends the read with an error, so the import rolls back instead of waiting.
    call.once('cancelled', () => call.destroy(new RequestError('REQUEST_INVALID', 'the client cancelled the upload', 'bytes')));
    try {
      const file = await streamedFile(call);
      const recorded = await this.commands.execute(new RecordResponsesCommand(file.campaignId, file.bytes, file.format, file.actor, originOf(call.metadata)));
      callback(null, recordedMessage(recorded));
    } catch (error) {
      callback(rpcStatusOf(error));
    }
  }
}

function recordedMessage(recorded: RecordedResponses): RecordedMessage {
  return {
    batchId: recorded.batchId,
    accepted: recorded.accepted,
    rejected: recorded.rejected.map(({ line, code, reason }) => ({ line, code, reason })),
    rejectedCount: recorded.rejectedCount,
    alreadyRecorded: recorded.alreadyRecorded,
  };
}
