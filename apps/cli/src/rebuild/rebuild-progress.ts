import type { RebuildProgress } from '@par/ranking';

/** How often a progress line is written at most. */
const EVERY_MS = 2_000;

/**
 * `rebuild ranking: 412,000 / 1,000,000 events (41%), 38,200 events/s, ETA 15 s` on stderr, at most every
 * two seconds and once at the end: enough to follow a long rebuild, little enough for a log.
 */
export class RebuildProgressLine {
  private started = performance.now();
  private lastWritten = this.started;
  private latest: RebuildProgress = { done: 0, total: null };

  constructor(
    private readonly service: string,
    private readonly write: (line: string) => void,
  ) {}

  /** The rate and the ETA count from here: the first batch is about to be read. */
  start(): void {
    this.started = performance.now();
    this.lastWritten = this.started;
  }

  update(progress: RebuildProgress): void {
    this.latest = progress;
    const now = performance.now();
    if (now - this.lastWritten < EVERY_MS) return;
    this.lastWritten = now;
    this.write(this.line(now));
  }

  /** The last line, whatever the interval. */
  finish(): void {
    this.write(this.line(performance.now()));
  }

  private line(now: number): string {
    const { done, total } = this.latest;
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const count = (value: number) => value.toLocaleString('en-US');
    const parts = [
      `${count(done)}${total === null ? '' : ` / ${count(total)}`} events${total ? ` (${Math.floor((100 * done) / total)}%)` : ''}`,
      `${count(Math.round(rate))} events/s`,
    ];
    if (total !== null && rate > 0 && done < total) parts.push(`ETA ${Math.ceil((total - done) / rate)} s`);
    return `rebuild ${this.service}: ${parts.join(', ')}`;
  }
}
