import { EVENT_HEADERS } from '@par/contracts';
import type { MessagePublisher, OutgoingMessage } from '../port/message-publisher';

/**
 * Wraps a publisher to record what was acknowledged and, optionally, to die right after the n-th
 * acknowledged batch — the moment between "broker has it" and "checkpoint saved" that forces a
 * republish. Once dead it refuses everything, like a killed process.
 */
export class TappedPublisher implements MessagePublisher {
  /** Event ids of each acknowledged batch, in order. */
  readonly batches: string[][] = [];
  dead = false;

  constructor(
    private readonly inner: MessagePublisher,
    private readonly dieAfterBatches = Infinity,
  ) {}

  async publish(topic: string, messages: OutgoingMessage[]): Promise<void> {
    if (this.dead) throw new Error('publisher process is dead');
    await this.inner.publish(topic, messages);
    this.batches.push(messages.map((m) => m.headers?.[EVENT_HEADERS.eventId] ?? '?'));
    if (this.batches.length >= this.dieAfterBatches) {
      this.dead = true;
      throw new Error(`killed after batch ${this.batches.length} was acknowledged, before its checkpoint`);
    }
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
