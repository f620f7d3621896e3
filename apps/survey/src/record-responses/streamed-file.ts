import { type Actor, RESPONSES_FORMATS, type ResponsesFormat } from '@par/contracts';
import { actorOf, RequestError } from '@par/grpc-server';
import { campaignIdOf } from '../infrastructure/survey-rpc';

/** One par.survey.v1.ResponsesChunk as it arrives. */
export interface ChunkMessage {
  readonly actor: Parameters<typeof actorOf>[0] | null;
  readonly campaignId: string;
  readonly format: string;
  readonly bytes: Buffer;
}

/** What the first message of a RecordResponses stream says, and the file's bytes from it on. */
export interface StreamedFile {
  readonly actor: Actor;
  readonly campaignId: string;
  readonly format: ResponsesFormat;
  readonly bytes: AsyncIterable<Buffer>;
}

const FORMATS: readonly string[] = RESPONSES_FORMATS;

/**
 * Reads the first message (actor, campaign, format: checked here) and hands back the bytes of every message
 * in order, pulled one at a time: the stream is read only as fast as the file is imported.
 */
export async function streamedFile(messages: AsyncIterable<ChunkMessage>): Promise<StreamedFile> {
  const iterator = messages[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) throw new RequestError('REQUEST_INVALID', 'the stream is empty: its first message names campaignId and format', 'campaignId');
  const header = first.value;
  const actor = actorOf(header.actor ?? undefined);
  const campaignId = campaignIdOf(header);
  if (!FORMATS.includes(header.format)) {
    const given = header.format.length > 20 ? `${header.format.slice(0, 20)}…` : header.format;
    throw new RequestError(
      'REQUEST_INVALID',
      `format is one of ${RESPONSES_FORMATS.map((format) => `"${format}"`).join(', ')}, not ${JSON.stringify(given)}`,
      'format',
    );
  }
  async function* bytes(): AsyncGenerator<Buffer> {
    if (header.bytes.length > 0) yield header.bytes;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) if (next.value.bytes.length > 0) yield next.value.bytes;
  }
  return { actor, campaignId, format: header.format as ResponsesFormat, bytes: bytes() };
}
