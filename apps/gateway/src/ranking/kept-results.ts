import { Inject, Injectable } from '@nestjs/common';
import type { ResultsDocument } from '@par/contracts';
import type { Caller } from '../auth/principal';
import { CoalescedReads } from '../grpc/coalesced-reads';
import { RANKING, type RankingService } from '../grpc/service-clients';
import { resultsDocument } from './results-document';

/** Tables kept: a cycle or a group of it each; a province reads a handful. */
const KEPT = 64;

/**
 * The results tables this gateway has served, each with the revision of the results read model it is at.
 * Every read still asks the ranking service, naming the revision of its copy: while the copy is current
 * the answer is a few bytes ("unchanged"), so a table of 300 units crosses gRPC once per change, not once
 * per reader. Results are the same for every role, so copies are shared by all callers.
 */
@Injectable()
export class KeptResults {
  private readonly copies = new Map<string, { readonly revision: string; readonly document: ResultsDocument }>();

  constructor(
    @Inject(RANKING) private readonly ranking: RankingService,
    private readonly reads: CoalescedReads,
  ) {}

  /** Readers arriving together share one revalidation (CoalescedReads): the table is the same for every role. */
  get(cycleId: string, group: string | undefined, caller: Caller): Promise<ResultsDocument> {
    const key = `${cycleId}\u0000${group ?? ''}`;
    return this.reads.read(`results\u0000${key}`, () => this.revalidate(key, cycleId, group, caller));
  }

  private async revalidate(key: string, cycleId: string, group: string | undefined, caller: Caller): Promise<ResultsDocument> {
    const copy = this.copies.get(key);
    const reply = await this.ranking.query((rpc) => rpc.getResults, { cycleId, group: group ?? '', knownRevision: copy?.revision ?? '' }, caller);
    if (reply.unchanged && copy) return copy.document;
    const document = resultsDocument(reply);
    if (reply.revision) {
      this.copies.delete(key);
      this.copies.set(key, { revision: reply.revision, document });
      if (this.copies.size > KEPT) this.copies.delete(this.copies.keys().next().value as string);
    }
    return document;
  }
}
