/** Our messaging port, consumer side: a consumer group reading topics. */
export interface IncomingMessage {
  topic: string;
  partition: number;
  /** Decimal string: offsets are 64-bit. */
  offset: string;
  key: Buffer | null;
  value: Buffer | null;
  headers: Record<string, string>;
}

/**
 * Rejecting means "not processed": the message (and the rest of its partition) is delivered again
 * later, possibly to another member of the group.
 */
export type MessageHandler = (message: IncomingMessage) => Promise<void>;

export interface SubscribeOptions {
  topics: string[];
  handler: MessageHandler;
  /** Where a group with no committed offset starts: the beginning (default) or only new messages. */
  fromBeginning?: boolean;
}

export interface MessageSubscriber {
  /**
   * Joins the group and starts delivering. Guarantees: the messages of one partition reach the handler
   * one at a time in offset order; different partitions may be handled concurrently; an offset is
   * committed only after the handler resolved for it (and for everything before it in its partition).
   */
  start(options: SubscribeOptions): Promise<void>;
  /** Leaves the group; resolves after in-flight handler calls finished and their offsets were committed. */
  stop(): Promise<void>;
}
