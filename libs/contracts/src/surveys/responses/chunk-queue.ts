import { RejectedRow, ResponseRow, ResponsesChunk, ResponsesEnd } from './response-row';

/**
 * Rows kept and rejected, handed over in chunks of at most `size` each (rejected rows in line order
 * within a chunk), with running counts for the end of the file.
 */
export class ChunkQueue {
  private readonly accepted: ResponseRow[] = [];
  private readonly rejected: RejectedRow[] = [];
  private acceptedCount = 0;
  private rejectedCount = 0;

  constructor(private readonly size: number) {}

  accept(row: ResponseRow): void {
    this.accepted.push(row);
  }

  reject(rows: Iterable<RejectedRow>): void {
    for (const row of rows) this.rejected.push(row);
  }

  /** The chunks full so far. */
  *full(): Generator<ResponsesChunk, void, undefined> {
    while (this.accepted.length >= this.size || this.rejected.length >= this.size) yield this.next();
  }

  /** Whatever is left, ending with the last chunk (possibly empty), which carries the end of the file. */
  *rest(file: Omit<ResponsesEnd, 'accepted' | 'rejected'>): Generator<ResponsesChunk, void, undefined> {
    yield* this.full();
    const last = this.next();
    yield { ...last, end: { ...file, accepted: this.acceptedCount, rejected: this.rejectedCount } };
  }

  private next(): ResponsesChunk {
    this.rejected.sort((left, right) => left.line - right.line);
    const chunk = { accepted: this.accepted.splice(0, this.size), rejected: this.rejected.splice(0, this.size) };
    this.acceptedCount += chunk.accepted.length;
    this.rejectedCount += chunk.rejected.length;
    return chunk;
  }
}
