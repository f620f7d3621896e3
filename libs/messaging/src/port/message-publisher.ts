/**
 * Our messaging port, producer side. The relay and the dead-letter path depend on this, never on a
 * Kafka client, so a change of client touches only `kafka/`.
 */
export interface OutgoingMessage {
  /** Partitioning key: messages with the same key keep their relative order. */
  key: string | null;
  value: string | Buffer | null;
  headers?: Record<string, string>;
}

export interface MessagePublisher {
  /**
   * Publishes the messages to the topic in order. Resolves only once the broker has acknowledged every
   * message durably (all in-sync replicas); rejects if any was not, in which case some may still have
   * been written (callers are at-least-once and resend).
   */
  publish(topic: string, messages: OutgoingMessage[]): Promise<void>;
  close(): Promise<void>;
}
