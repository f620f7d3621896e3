import { type PublishedIndexKind, streamId } from '@par/contracts';

/**
 * One stream per index, province and year: `published-index:<kind>:<province>:<year>`.
 */
export function publishedIndexStream(kind: PublishedIndexKind, province: string, year: number): { readonly streamId: string } {
  return { streamId: streamId('published-index', kind, province, String(year)) };
}
