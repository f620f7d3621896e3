import { streamId } from '@par/contracts';

/** One stream per campaign: `campaign:<campaignId>` (stream-id.ts encoding). A new kind of stream, so no legacy id. */
export function campaignStream(campaignId: string): { readonly streamId: string } {
  return { streamId: streamId('campaign', campaignId) };
}
